package dev.lightwork.analysis.design;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;

/**
 * EMF validator for Lightwork designs: link budget per lane, module power against the MSA class, junction
 * temperatures ({@link DesignRules}). Runs on the design root, where shared parts and limits are known; never
 * throws on bad values.
 */
public final class DesignValidator implements EValidator {

    /** Diagnostic source and codes, see {@link DesignRules}. */
    public static final String SOURCE = DesignRules.SOURCE;
    public static final int LINK = DesignRules.LINK;
    public static final int POWER = DesignRules.POWER;
    public static final int THERMAL = DesignRules.THERMAL;
    public static final int INPUT = DesignRules.INPUT;

    private final DesignAnalyzer analyzer;

    public DesignValidator(ReferenceLibrary library) {
        this.analyzer = new DesignAnalyzer(library);
    }

    /** Registers a validator for the Lightwork package in EMF's global registry (what Diagnostician uses). */
    public static DesignValidator register() {
        DesignValidator v = new DesignValidator(ReferenceLibrary.load());
        EValidator.Registry.INSTANCE.put(LightworkPackage.eINSTANCE, v);
        return v;
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(object instanceof TransceiverDesign design)) {
            return true;
        }
        boolean ok = true;
        for (Diagnostic d : analyzer.analyze(design).diagnostics()) {
            if (diagnostics != null) {
                diagnostics.add(d);
            }
            ok &= d.getSeverity() < Diagnostic.ERROR;
        }
        return ok;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
