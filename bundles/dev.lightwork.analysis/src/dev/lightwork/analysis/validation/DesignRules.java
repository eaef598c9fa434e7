package dev.lightwork.analysis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;

/**
 * The design rules: turn analysis results into EMF {@link Diagnostic}s. Each diagnostic's data is
 * [element, attribute (or null), value, limit, source] (see {@link DesignDiagnostic}), so the CLI, reports and
 * Problems markers can name all five. Split per lane / power / thermal so an incremental analysis can keep the
 * diagnostics of the parts an edit did not touch.
 */
public final class DesignRules {

    /** Diagnostic source (EMF convention: the plug-in id). */
    public static final String SOURCE = "dev.lightwork.analysis";
    public static final int LINK = 1;
    public static final int POWER = 2;
    public static final int THERMAL = 3;
    public static final int INPUT = 4;

    private static final LightworkPackage P = LightworkPackage.eINSTANCE;

    private final ReferenceLibrary library;

    public DesignRules(ReferenceLibrary library) {
        this.library = library;
    }

    /** Link-budget rules of one lane: incomplete inputs, margin, launch power, TDECQ. */
    public List<Diagnostic> lane(TransceiverDesign design, Lane lane, LinkBudget b) {
        List<Diagnostic> out = new ArrayList<>();
        for (String problem : b.problems()) {
            out.add(diagnostic(Diagnostic.ERROR, INPUT, lane, null, null, null, null, problem));
        }
        if (!b.problems().isEmpty()) {
            return out;
        }
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        double required = design.getRequiredMarginDb() == null ? 0.0 : design.getRequiredMarginDb();
        String source = pmd == null ? null : pmd.id() + " " + pmd.provenance().source();
        if (b.marginDb() < required) {
            out.add(diagnostic(Diagnostic.ERROR, LINK, lane, null, b.marginDb(), required, source, String.format(Locale.ROOT,
                    "Lane %s: link margin %.2f dB is below the required %.2f dB (Rx OMA %.2f dBm, TDECQ %.2f dB, channel %.2f dB)",
                    lane.getId(), b.marginDb(), required, b.rxOmaDbm(), b.tdecqDb(), b.channelInsertionLossDb())));
        }
        if (pmd != null) {
            double maxLaunch = pmd.value("avg_launch_max_dbm").orElse(Double.NaN);
            if (b.averageLaunchDbm() > maxLaunch) {
                out.add(diagnostic(Diagnostic.ERROR, LINK, lane.getLaser(), P.getLaser_OutputPowerDbm(), b.averageLaunchDbm(), maxLaunch,
                        source, String.format(Locale.ROOT, "Lane %s: average launch power %.2f dBm exceeds the %s maximum %.2f dBm",
                                lane.getId(), b.averageLaunchDbm(), pmd.id(), maxLaunch)));
            }
            double tdecqMax = pmd.value("tdecq_max_db").orElse(Double.NaN);
            if (b.tdecqDb() > tdecqMax) {
                out.add(diagnostic(Diagnostic.ERROR, LINK, lane, P.getLane_TdecqDb(), b.tdecqDb(), tdecqMax, source,
                        String.format(Locale.ROOT, "Lane %s: TDECQ %.2f dB exceeds the %s maximum %.2f dB", lane.getId(), b.tdecqDb(), pmd.id(), tdecqMax)));
            }
        }
        return out;
    }

    /** Module power rules: incomplete inputs, MSA class, and the power figure itself as information. */
    public List<Diagnostic> power(TransceiverDesign design, PowerBudget pb) {
        List<Diagnostic> out = new ArrayList<>();
        for (String problem : pb.problems()) {
            out.add(diagnostic(Diagnostic.ERROR, INPUT, design, null, null, null, null, problem));
        }
        if (!pb.withinClass()) {
            out.add(diagnostic(Diagnostic.ERROR, POWER, design, P.getTransceiverDesign_MsaPowerClass(), pb.totalW(), pb.msaClassLimitW(),
                    pb.msaClassSource(), String.format(Locale.ROOT, "Module power %.2f W exceeds MSA power class %d (%.2f W)",
                            pb.totalW(), design.getMsaPowerClass(), pb.msaClassLimitW())));
        }
        out.add(diagnostic(Diagnostic.INFO, POWER, design, null, pb.totalW(), pb.msaClassLimitW(), pb.msaClassSource(),
                String.format(Locale.ROOT, "Module power %.2f W, %.2f pJ/bit", pb.totalW(), pb.pJPerBit())));
        return out;
    }

    /** Thermal rules: incomplete network, node temperatures above their limits. */
    public List<Diagnostic> thermal(TransceiverDesign design, ThermalSolution ts) {
        List<Diagnostic> out = new ArrayList<>();
        for (String problem : ts.problems()) {
            out.add(diagnostic(Diagnostic.ERROR, INPUT, design, null, null, null, null, problem));
        }
        for (String id : ts.overLimit()) {
            ThermalNode node = design.getThermalNetwork().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
            out.add(diagnostic(Diagnostic.ERROR, THERMAL, node, P.getThermalNode_LimitC(), ts.temperatureC().get(id), ts.limitC().get(id),
                    "thermal network solution", String.format(Locale.ROOT, "Thermal node %s reaches %.1f C, above its %.1f C limit",
                            id, ts.temperatureC().get(id), ts.limitC().get(id))));
        }
        return out;
    }

    private static Diagnostic diagnostic(int severity, int code, EObject element, EStructuralFeature attribute, Double value, Double limit,
            String source, String message) {
        return new BasicDiagnostic(severity, SOURCE, code, message, new Object[] {element, attribute, value, limit, source});
    }
}
