package dev.lightwork.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.Metric;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.StudyBuilder;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.engine.BruteForce;
import dev.lightwork.solver.engine.TradeStudySolver;

/** The solver's front against full enumeration with the analyzer (independent of the solver's model). */
class ParetoFrontTest {

    private final TradeStudySolver solver = new TradeStudySolver(Fixtures.ANALYZER);

    @Test
    void dr4PartsFrontEqualsBruteForce() {
        assertFrontEqualsEnumeration(Fixtures.dr4(), Fixtures.dr4Parts());
    }

    /**
     * A reach variable obeys the PMD's operating range (issue 13 item 4): the DR4 study offers 500 m and 2 km; 2 km is
     * outside 400GBASE-DR4's 2-500 m, so no front point uses it, and every point passes the analyzer's reach check.
     */
    @Test
    void reachVariableObeysTheOperatingRange() {
        StudyResult r = solver.explore(Fixtures.dr4(), Fixtures.dr4Parts(), 60, ProgressMonitor.NONE);
        assertFalse(r.front().isEmpty());
        for (ParetoPoint p : r.front()) {
            assertTrue(p.design().getChannels().stream().allMatch(c -> c.getLengthM() <= 500), p.choices().toString());
            DesignAnalysis a = Fixtures.ANALYZER.analyze(p.design());
            assertTrue(a.linkBudgets().values().stream().flatMap(b -> b.pmdChecks().stream())
                    .filter(c -> c.term() == dev.lightwork.analysis.link.PmdCheck.Term.REACH).allMatch(c -> c.passes()), p.choices().toString());
        }
    }

    /**
     * Regression: the solver constrained every lane's post-FEC BER to 1e-13 when the design gives no target, while the
     * analyzer checks no LW-LINK-BER then. Now both follow {@code DesignRules.berFails}: no target, no BER limit.
     */
    @Test
    void solverAppliedAPostFecTargetTheDesignDoesNotGive() {
        TransceiverDesign design = Fixtures.dr4();
        design.setTargetPostFecBer(null);
        StudyResult r = solver.explore(design, Fixtures.dr4Parts(), 60, ProgressMonitor.NONE);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("no target post-FEC BER")), r.notes().toString());
        assertFrontEqualsEnumeration(design, Fixtures.dr4Parts());
    }

    @Test
    void dr8ArchitectureFrontEqualsBruteForce() {
        assertFrontEqualsEnumeration(Fixtures.dr8(), Fixtures.dr8Architecture());
    }

    /** Thermal and energy objectives, an attribute and a BER constraint, and a power cap that cuts the space. */
    @Test
    void thermalEnergyAttributeAndBerFrontEqualsBruteForce() {
        TradeStudy study = new StudyBuilder("dr8-thermal")
                .choice("dsp", "DSP", "DSP-5NM-8X100", "NONE")
                .choice("driver", "DRIVER", "DRV-EML-53", "DRV-LIN-53", "DRV-MZM-53")
                .choice("tia", "TIA", "TIA-LIN-53", "TIA-LPO-53", "TIA-CPO-53")
                .choice("pd", "PHOTODETECTOR", "PD-INGAAS-PIN-1311", "PD-SIGE-APD-1311", "PD-GE-WG-O")
                .minimise(Metric.MAX_JUNCTION_TEMPERATURE_C).minimise(Metric.ENERGY_PJ_PER_BIT)
                .objective(Metric.ATTRIBUTE, dev.lightwork.model.OptimisationSense.MAXIMIZE, "TIA.bandwidthGhz")
                .constraint(Metric.ATTRIBUTE, ConstraintOperator.LE, 0.85, "PHOTODETECTOR.responsivityAPerW")
                .constraint(Metric.POST_FEC_BER, ConstraintOperator.LE, 1e-15)
                .constraint(Metric.MODULE_POWER_W, ConstraintOperator.LE, 13.5)
                .build();
        assertFrontEqualsEnumeration(Fixtures.dr8(), study);
        StudyResult r = solver.explore(Fixtures.dr8(), study, 60, ProgressMonitor.NONE);
        for (ParetoPoint p : r.front()) {
            DesignAnalysis a = Fixtures.ANALYZER.analyze(p.design());
            assertTrue(a.power().totalW() <= 13.5, p.choices().toString());
            assertTrue(a.linkBudgets().values().stream().allMatch(b -> b.postFecBer() <= 1e-15), p.choices().toString());
            assertTrue(p.design().getLanes().stream().allMatch(l -> l.getPhotodetector().getResponsivityAPerW() <= 0.85), p.choices().toString());
            assertEquals(a.power().pJPerBit(), p.values()[1], 1e-6);
        }
    }

    /**
     * The laser's output power derates with its node temperature, and the driver and laser power heat that node:
     * margin and launch terms depend on the product of the laser choice and the heat of every part on the node.
     * The front must still be the enumeration's, and the coupling must be live in it (different laser temperatures).
     */
    @Test
    void laserTemperatureCouplingFrontEqualsBruteForce() {
        TradeStudy study = new StudyBuilder("dr4-thermal-coupling")
                .choice("laser", "LASER", "LAS-EML-1311-53", "LAS-DML-1311-53", "LAS-CW-1311-SIPH")
                .choice("modulator", "MODULATOR", "NONE", "MOD-MZM-SIPH-53", "MOD-EAM-53")
                .choice("driver", "DRIVER", "DRV-EML-53", "DRV-LIN-53", "DRV-MZM-53")
                .choice("tia", "TIA", "TIA-LIN-53", "TIA-LPO-53")
                .minimise(Metric.MODULE_POWER_W).maximise(Metric.WORST_MARGIN_DB)
                .build();
        assertFrontEqualsEnumeration(Fixtures.dr4(), study);
        StudyResult r = solver.explore(Fixtures.dr4(), study, 60, ProgressMonitor.NONE);
        java.util.Set<Double> temperatures = new java.util.TreeSet<>();
        for (ParetoPoint p : r.front()) {
            for (var lane : p.design().getLanes()) {
                var b = p.analysis().linkBudget(lane);
                double expected = lane.getLaser().getPowerTemperatureCoefficientDbPerK() * (b.laserTemperatureC() - 25.0);
                assertEquals(expected, b.temperatureDeratingDb(), 1e-9);
                assertEquals(p.analysis().thermal().temperatureC().get(lane.getLaser().getThermalNode().getId()), b.laserTemperatureC(), 1e-9);
                temperatures.add(Math.round(b.laserTemperatureC() * 1e3) / 1e3);
            }
        }
        assertTrue(temperatures.size() >= 2, "the front must show the laser at different node temperatures: " + temperatures);
    }

    /**
     * A post-FEC BER bound is a margin bound through the analyzer's monotone BER chain: a bound between the BERs of two
     * points of the unconstrained front cuts the worse one off, and the constrained front is still the enumeration's.
     */
    @Test
    void postFecBerBoundThatCutsTheFrontEqualsBruteForce() {
        // Behind KP4 every design of this front is below the link model's 1e-30 validity floor (reported as that bound),
        // so no BER bound could separate them: the same study without FEC, 2 dB of MPI allocation and a lenient target
        // has front designs at resolvable, distinct BERs.
        TransceiverDesign base = Fixtures.dr4();
        base.setFec(dev.lightwork.model.FecScheme.NONE);
        base.setTargetPostFecBer(1e-3);
        base.getChannels().forEach(ch -> ch.setMpiPenaltyDb(2.0));
        StudyResult free = solver.explore(base, Fixtures.dr4Parts(), 60, ProgressMonitor.NONE);
        double[] bers = free.front().stream().mapToDouble(p -> p.analysis().linkBudgets().values().stream()
                .mapToDouble(dev.lightwork.analysis.link.LinkBudget::postFecBer).max().orElseThrow())
                .filter(b -> b > 1e-30).sorted().distinct().toArray();
        assertTrue(bers.length >= 2, "the front must have designs of different non-zero post-FEC BER: " + java.util.Arrays.toString(bers));
        // geometric mean in log space: the BERs of designs with dB of margin are far below the double range's square root
        double bound = Math.exp((Math.log(bers[bers.length - 1]) + Math.log(bers[bers.length - 2])) / 2);
        TradeStudy study = Fixtures.dr4Parts();
        study.getConstraints().add(new StudyBuilder("x").constraint(Metric.POST_FEC_BER, ConstraintOperator.LE, bound).build().getConstraints().get(0));
        assertFrontEqualsEnumeration(base, study);
        StudyResult r = solver.explore(base, study, 60, ProgressMonitor.NONE);
        assertTrue(r.front().size() < free.front().size(), "the bound must cut the front");
        for (ParetoPoint p : r.front()) {
            assertTrue(p.analysis().linkBudgets().values().stream().allMatch(b -> b.postFecBer() <= bound), p.choices().toString());
        }
    }

    private void assertFrontEqualsEnumeration(TransceiverDesign design, TradeStudy study) {
        StudyResult result = solver.explore(design, study, 60, ProgressMonitor.NONE);
        assertFalse(result.partial(), "small space must be solved completely");
        BruteForce brute = new BruteForce(Fixtures.ANALYZER);
        List<BruteForce.Enumerated> reference = brute.front(design, study);
        assertEquals(result.combinations().longValue(), brute.evaluated());
        assertTrue(brute.feasible() > reference.size(), "the study must have dominated feasible designs to be a test: " + brute.feasible());
        assertTrue(reference.size() >= 2, "a trade-off needs at least two points: " + reference.size());
        List<double[]> unmatched = new ArrayList<>(reference.stream().map(BruteForce.Enumerated::values).toList());
        for (ParetoPoint p : result.front()) {
            double[] match = unmatched.stream().filter(r -> close(r, p.values())).findFirst()
                    .orElseThrow(() -> new AssertionError("solver point " + p.index() + " " + p.choices() + " " + java.util.Arrays.toString(p.values())
                            + " is not on the enumerated front " + reference.stream().map(e -> java.util.Arrays.toString(e.values())).toList()));
            unmatched.remove(match);
        }
        assertTrue(unmatched.isEmpty(), "enumerated front points the solver missed: "
                + unmatched.stream().map(java.util.Arrays::toString).toList());
        assertEquals(reference.size(), result.front().size());
    }

    /** Equal within two steps of the solver's resolution (brute-force values are rounded to that grid). */
    private static boolean close(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 2e-4 * Math.max(1, Math.abs(a[i])) + 2e-2) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyPointIsAValidDesignTheAnalyzerPasses() {
        StudyResult result = solver.explore(Fixtures.dr4(), Fixtures.dr4Parts(), 60, ProgressMonitor.NONE);
        for (ParetoPoint p : result.front()) {
            DesignAnalysis again = Fixtures.ANALYZER.analyze(p.design());
            assertEquals(DesignAnalysis.Verdict.PASS, again.verdict(), p.choices() + ": " + again.errors());
            assertTrue(again.worstLane().orElseThrow().marginDb() >= 0, p.choices().toString());
            assertTrue(again.power().withinClass(), p.choices().toString());
            // the chosen parts are really in the design
            String laser = p.choices().get("laser");
            assertTrue(p.design().getLanes().stream().allMatch(l -> laser.equals(l.getLaser().getCatalogPart())), p.choices().toString());
            boolean none = "NONE".equals(p.choices().get("modulator"));
            assertTrue(p.design().getLanes().stream().allMatch(l -> none == (l.getModulator() == null)), p.choices().toString());
        }
    }

    @Test
    void frontPointsAreMutuallyNonDominated() {
        StudyResult result = solver.explore(Fixtures.dr4(), Fixtures.dr4Parts(), 60, ProgressMonitor.NONE);
        for (ParetoPoint a : result.front()) {
            for (ParetoPoint b : result.front()) {
                if (a != b) {
                    boolean dominates = a.values()[0] <= b.values()[0] && a.values()[1] <= b.values()[1] && a.values()[2] >= b.values()[2]
                            && (a.values()[0] < b.values()[0] - 1e-4 || a.values()[1] < b.values()[1] - 1e-4 || a.values()[2] > b.values()[2] + 1e-3);
                    assertFalse(dominates, a.choices() + " dominates " + b.choices());
                }
            }
        }
    }
}
