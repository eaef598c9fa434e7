package dev.lightwork.benchmarks;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.design.DesignValidator;
import dev.lightwork.analysis.design.LiveDesignAnalysis;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;

/**
 * Full validation (link budget of every lane, power, thermal) of the 512-lane CPO reference design, and in the
 * same run the incremental re-validation after one attribute edit (goal: at least 10x faster than full).
 */
final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    static void run() {
        DesignValidator.register();
        TransceiverDesign cpo = ReferenceDesigns.cpo51200G();
        System.out.printf("validation: %s, %d lanes, %d components%n", cpo.getId(), cpo.getLanes().size(), cpo.getComponents().size());
        double[] full = Benchmarks.time(20, 30, i -> {
            Diagnostic d = Diagnostician.INSTANCE.validate(cpo);
            if (d.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("reference design should validate: " + d);
            }
            return d;
        });
        System.out.println("  full validation (EMF Diagnostician, warm)       " + Benchmarks.summary(full));

        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        try (LiveDesignAnalysis live = new LiveDesignAnalysis(analyzer, cpo)) {
            live.analysis();
            Lane lane = cpo.getLanes().get(200);
            double[] oneLane = Benchmarks.time(200, 300, i -> {
                lane.setTdecqDb(i % 2 == 0 ? 2.1 : 2.0);
                return check(live.analysis(), live, 1);
            });
            System.out.println("  incremental after a lane's TDECQ edit (1 lane)  " + Benchmarks.summary(oneLane));
            Laser source = lane.getLaser();
            int fed = (int) cpo.getLanes().stream().filter(l -> l.getLaser() == source).count();
            double base = source.getOutputPowerDbm();
            double[] shared = Benchmarks.time(200, 300, i -> {
                source.setOutputPowerDbm(i % 2 == 0 ? base - 0.1 : base);
                return check(live.analysis(), live, fed);
            });
            System.out.printf("  incremental after a shared laser edit (%d lanes) %s%n", fed, Benchmarks.summary(shared));
            System.out.printf(Locale.ROOT, "  full / incremental: %.0fx (one lane), %.0fx (shared source); goal >= 10x%n",
                    median(full) / median(oneLane), median(full) / median(shared));
        }
    }

    private static DesignAnalysis check(DesignAnalysis a, LiveDesignAnalysis live, int expectedLanes) {
        if (live.lastRefresh().lanesEvaluated() != expectedLanes || a.verdict() != DesignAnalysis.Verdict.PASS) {
            throw new IllegalStateException("incremental run re-evaluated " + live.lastRefresh() + ", verdict " + a.verdict());
        }
        return a;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
