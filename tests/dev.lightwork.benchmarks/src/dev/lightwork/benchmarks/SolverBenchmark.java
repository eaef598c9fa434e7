package dev.lightwork.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Metric;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.StudyBuilder;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.engine.BruteForce;
import dev.lightwork.solver.engine.TradeStudySolver;

/**
 * Trade-study solver on the 1.6T-DR8 reference design: a study of more than 10^8 declared combinations solved
 * exactly (goal: 10 s), and a 10^6 sub-space solved both by the solver and by full enumeration with the analyzer
 * (goal: 100x faster, identical front).
 */
final class SolverBenchmark {

    private static final String[] LASERS = {"LAS-EML-1311-113", "LAS-EML-1311-53", "LAS-EML-CWDM-53", "LAS-DML-1311-53", "LAS-CW-1311-SIPH",
        "LAS-ELS-1311-16", "LAS-VCSEL-850-26", "LAS-VCSEL-850-53"};
    private static final String[] MODULATORS = {"NONE", "MOD-MZM-SIPH-113", "MOD-MZM-SIPH-53", "MOD-MRM-CPO-53", "MOD-EAM-53"};
    private static final String[] DSPS = {"DSP-3NM-8X200", "DSP-5NM-8X200", "DSP-5NM-8X100", "DSP-7NM-4X100", "DSP-7NM-8X50"};
    private static final String[] DRIVERS = {"DRV-MZM-113", "DRV-EML-53", "DRV-MZM-53", "DRV-LIN-53", "DRV-CPO-53"};
    private static final String[] TIAS = {"TIA-LIN-113", "TIA-LIN-53", "TIA-LPO-53", "TIA-CPO-53", "TIA-VCSEL-26"};
    private static final String[] PDS = {"PD-INGAAS-PIN-113", "PD-GE-WG-O", "PD-INGAAS-PIN-1311", "PD-SIGE-APD-1311", "PD-GAAS-850"};
    private static final String[] CONNECTORS = {"CON-MPO16-LL", "CON-MPO12-STD", "CON-MPO12-LL", "CON-MPO-APC-LL", "CON-LC-LL", "CON-LC-STD",
        "CON-FAU-CPO"};
    private static final String[] FIBRES = {"FIB-OS1A-IEEE", "FIB-OS2-IEEE", "FIB-G652D-REAL", "FIB-OM4"};

    private SolverBenchmark() {
    }

    /** Module-level choices plus one photodetector per lane (binning): 5^5 x 8 x 7 x 4 x 3 x 2 x 2 x 5^8 = 6.6e11 combinations. */
    static TradeStudy large() {
        StudyBuilder b = new StudyBuilder("1p6t-module").timeLimit(60)
                .choice("dsp", "DSP", DSPS).choice("laser", "LASER", LASERS).choice("modulator", "MODULATOR", MODULATORS)
                .choice("driver", "DRIVER", DRIVERS).choice("tia", "TIA", TIAS)
                .choice("connector", "CONNECTOR", CONNECTORS).choice("fibre", "FIBRE", FIBRES)
                .reach("reach", "500", "1000", "2000").choice("mcu", "MCU", "MCU-CMIS", "MCU-CPO").formFactor("formFactor", "OSFP", "QSFP_DD");
        for (int i = 0; i < 8; i++) {
            b.choice("pd" + i, "pd" + i, PDS);
        }
        return b.minimise(Metric.MODULE_POWER_W).minimise(Metric.COST_USD).maximise(Metric.WORST_MARGIN_DB).build();
    }

    /** 8 x 5^5 x 4 x 2 x 5 = 1,000,000 combinations: module choices with one photodetector choice for all lanes. */
    static TradeStudy sub() {
        return new StudyBuilder("1p6t-subspace").timeLimit(60)
                .choice("laser", "LASER", LASERS).choice("modulator", "MODULATOR", MODULATORS).choice("dsp", "DSP", DSPS)
                .choice("driver", "DRIVER", DRIVERS).choice("tia", "TIA", TIAS).choice("pd", "PHOTODETECTOR", PDS)
                .choice("connector", "CONNECTOR", "CON-MPO16-LL", "CON-MPO12-STD", "CON-MPO12-LL", "CON-MPO-APC-LL")
                .formFactor("formFactor", "OSFP", "QSFP_DD").reach("reach", "500", "1000", "1500", "2000", "2500")
                .minimise(Metric.MODULE_POWER_W).minimise(Metric.COST_USD).maximise(Metric.WORST_MARGIN_DB).build();
    }

    static void run() {
        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        TradeStudySolver solver = new TradeStudySolver(analyzer);
        TransceiverDesign design = ReferenceDesigns.dr81600G();
        TradeStudy large = large();
        StudyResult[] last = new StudyResult[1];
        System.out.printf("solver: %s, study %s%n", design.getId(), large.getId());
        double[] ms = Benchmarks.time(1, 5, i -> last[0] = solver.explore(design, large, 60, ProgressMonitor.NONE));
        report(last[0]);
        System.out.println("  large study, total (measure + search + re-validate) " + Benchmarks.summary(ms) + "  (goal 10 s)");

        TradeStudy sub = sub();
        double[] subMs = Benchmarks.time(1, 5, i -> last[0] = solver.explore(design, sub, 60, ProgressMonitor.NONE));
        StudyResult solved = last[0];
        report(solved);
        System.out.println("  sub-space, solver total               " + Benchmarks.summary(subMs));
        BruteForce brute = new BruteForce(analyzer);
        long t0 = System.nanoTime();
        List<BruteForce.Enumerated> reference = brute.front(design, sub);
        double bruteMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "  sub-space, enumeration with the analyzer (%d designs, %d feasible, %d threads): %.1f ms%n", brute.evaluated(),
                brute.feasible(), Runtime.getRuntime().availableProcessors(), bruteMs);
        double median = subMs[subMs.length / 2];
        System.out.printf(Locale.ROOT, "  speed-up %.0fx (goal 100x)%n", bruteMs / median);
        String same = sameFront(solved.front(), reference);
        System.out.println("  fronts " + same);
        if (!same.startsWith("identical")) {
            throw new IllegalStateException("solver and enumeration fronts differ: " + same);
        }
    }

    private static void report(StudyResult r) {
        System.out.printf(Locale.ROOT, "  %s: %s combinations, %d Pareto points, %s, %d search nodes; measure %.0f ms, search %.0f ms, re-validate %.0f ms%n",
                r.study(), r.combinations(), r.front().size(), r.partial() ? "PARTIAL (" + r.stopReason() + ")" : "exact", r.solverNodes(),
                r.measureSeconds() * 1e3, r.solveSeconds() * 1e3, r.validateSeconds() * 1e3);
    }

    /** Same objective vectors (within two resolution steps), one to one. */
    private static String sameFront(List<ParetoPoint> solver, List<BruteForce.Enumerated> reference) {
        List<double[]> open = new ArrayList<>(reference.stream().map(BruteForce.Enumerated::values).toList());
        for (ParetoPoint p : solver) {
            double[] match = open.stream().filter(r -> close(r, p.values())).findFirst().orElse(null);
            if (match == null) {
                return "differ: solver point " + Arrays.toString(p.values()) + " is not in the enumerated front";
            }
            open.remove(match);
        }
        return open.isEmpty() ? "identical (" + solver.size() + " points)"
                : "differ: the solver misses " + open.stream().map(Arrays::toString).toList();
    }

    private static boolean close(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 2e-4 * Math.max(1, Math.abs(a[i])) + 2e-2) {
                return false;
            }
        }
        return true;
    }
}
