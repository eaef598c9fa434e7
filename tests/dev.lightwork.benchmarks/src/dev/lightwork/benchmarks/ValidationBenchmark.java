package dev.lightwork.benchmarks;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;

import dev.lightwork.analysis.validation.DesignValidator;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;

/** Full validation (link budget of every lane, power, thermal) of the 512-lane CPO reference design. */
final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    static void run() {
        DesignValidator.register();
        TransceiverDesign cpo = ReferenceDesigns.cpo51200G();
        System.out.printf("validation: %s, %d lanes, %d components%n", cpo.getId(), cpo.getLanes().size(), cpo.getComponents().size());
        double[] ms = Benchmarks.time(20, 30, i -> {
            Diagnostic d = Diagnostician.INSTANCE.validate(cpo);
            if (d.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("reference design should validate: " + d);
            }
            return d;
        });
        System.out.println("  full validation (warm)      " + Benchmarks.summary(ms));
    }
}
