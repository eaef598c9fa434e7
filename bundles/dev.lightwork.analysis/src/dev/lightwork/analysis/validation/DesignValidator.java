package dev.lightwork.analysis.validation;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.power.PowerBudgetCalculator;
import dev.lightwork.analysis.thermal.ThermalNetworkSolver;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;

/**
 * EMF validator for Lightwork designs: link budget per lane, module power against the MSA class, junction
 * temperatures. Each {@link Diagnostic} carries data [element, attribute (or null), value, limit, source] so
 * the CLI, reports and Problems markers can name all five. Runs on the design root; never throws on bad values.
 */
public final class DesignValidator implements EValidator {

    /** Diagnostic source (EMF convention: the plug-in id). */
    public static final String SOURCE = "dev.lightwork.analysis";
    public static final int LINK = 1;
    public static final int POWER = 2;
    public static final int THERMAL = 3;
    public static final int INPUT = 4;

    private final ReferenceLibrary library;
    private final LinkBudgetCalculator link;
    private final PowerBudgetCalculator power;
    private final ThermalNetworkSolver thermal = new ThermalNetworkSolver();

    public DesignValidator(ReferenceLibrary library) {
        this.library = library;
        this.link = new LinkBudgetCalculator(library);
        this.power = new PowerBudgetCalculator(library);
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
            return true; // everything is checked from the root, where shared parts and limits are known
        }
        boolean ok = true;
        LightworkPackage p = LightworkPackage.eINSTANCE;
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        double required = design.getRequiredMarginDb() == null ? 0.0 : design.getRequiredMarginDb();
        for (Lane lane : design.getLanes()) {
            LinkBudget b = link.compute(design, lane);
            for (String problem : b.problems()) {
                ok &= add(diagnostics, Diagnostic.ERROR, INPUT, lane, null, null, null, null, problem);
            }
            if (!b.problems().isEmpty()) {
                continue;
            }
            String source = pmd == null ? null : pmd.id() + " " + pmd.provenance().source();
            if (b.marginDb() < required) {
                ok &= add(diagnostics, Diagnostic.ERROR, LINK, lane, null, b.marginDb(), required, source, String.format(Locale.ROOT,
                        "Lane %s: link margin %.2f dB is below the required %.2f dB (Rx OMA %.2f dBm, TDECQ %.2f dB, channel %.2f dB)",
                        lane.getId(), b.marginDb(), required, b.rxOmaDbm(), b.tdecqDb(), b.channelInsertionLossDb()));
            }
            if (pmd != null) {
                double maxLaunch = pmd.value("avg_launch_max_dbm").orElse(Double.NaN);
                if (b.averageLaunchDbm() > maxLaunch) {
                    ok &= add(diagnostics, Diagnostic.ERROR, LINK, lane.getLaser(), p.getLaser_OutputPowerDbm(), b.averageLaunchDbm(), maxLaunch,
                            source, String.format(Locale.ROOT, "Lane %s: average launch power %.2f dBm exceeds the %s maximum %.2f dBm",
                                    lane.getId(), b.averageLaunchDbm(), pmd.id(), maxLaunch));
                }
                double tdecqMax = pmd.value("tdecq_max_db").orElse(Double.NaN);
                if (b.tdecqDb() > tdecqMax) {
                    ok &= add(diagnostics, Diagnostic.ERROR, LINK, lane, p.getLane_TdecqDb(), b.tdecqDb(), tdecqMax, source,
                            String.format(Locale.ROOT, "Lane %s: TDECQ %.2f dB exceeds the %s maximum %.2f dB", lane.getId(), b.tdecqDb(), pmd.id(), tdecqMax));
                }
            }
        }
        PowerBudget pb = power.compute(design);
        for (String problem : pb.problems()) {
            ok &= add(diagnostics, Diagnostic.ERROR, INPUT, design, null, null, null, null, problem);
        }
        if (!pb.withinClass()) {
            ok &= add(diagnostics, Diagnostic.ERROR, POWER, design, p.getTransceiverDesign_MsaPowerClass(), pb.totalW(), pb.msaClassLimitW(),
                    pb.msaClassSource(), String.format(Locale.ROOT, "Module power %.2f W exceeds MSA power class %d (%.2f W)",
                            pb.totalW(), design.getMsaPowerClass(), pb.msaClassLimitW()));
        }
        add(diagnostics, Diagnostic.INFO, POWER, design, null, pb.totalW(), pb.msaClassLimitW(), pb.msaClassSource(),
                String.format(Locale.ROOT, "Module power %.2f W, %.2f pJ/bit", pb.totalW(), pb.pJPerBit()));
        ThermalSolution ts = thermal.solve(design);
        for (String problem : ts.problems()) {
            ok &= add(diagnostics, Diagnostic.ERROR, INPUT, design, null, null, null, null, problem);
        }
        for (String id : ts.overLimit()) {
            ThermalNode node = design.getThermalNetwork().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
            ok &= add(diagnostics, Diagnostic.ERROR, THERMAL, node, p.getThermalNode_LimitC(), ts.temperatureC().get(id), ts.limitC().get(id),
                    "thermal network solution", String.format(Locale.ROOT, "Thermal node %s reaches %.1f C, above its %.1f C limit",
                            id, ts.temperatureC().get(id), ts.limitC().get(id)));
        }
        return ok;
    }

    private static boolean add(DiagnosticChain chain, int severity, int code, EObject element, EStructuralFeature attribute, Double value,
            Double limit, String source, String message) {
        if (chain != null) {
            chain.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] {element, attribute, value, limit, source}));
        }
        return severity < Diagnostic.ERROR;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
