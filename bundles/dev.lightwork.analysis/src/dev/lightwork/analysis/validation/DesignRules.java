package dev.lightwork.analysis.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.lightwork.analysis.link.LaneInputs;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.analysis.link.LinkModel;
import dev.lightwork.analysis.link.PmdCheck;
import dev.lightwork.analysis.link.PmdCheck.Term;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.library.AttributeRanges;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.TransceiverDesign;

/**
 * The design rules: turn analysis results into EMF {@link Diagnostic}s. Each diagnostic's data is
 * [element, attribute (or null), value, limit, source, {@link DesignRule}] (see {@link DesignDiagnostic}), so the CLI, reports and
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

    private final ReferenceLibrary library;

    private final InputRanges ranges = new InputRanges(AttributeRanges.load());

    public DesignRules(ReferenceLibrary library) {
        this.library = library;
    }

    /** Design-level rules, once per design: every numeric value finite and in range; the optical PMD must be one the library knows. */
    public List<Diagnostic> design(TransceiverDesign design) {
        List<Diagnostic> out = new ArrayList<>(ranges.check(design));
        for (Component c : design.getComponents()) {
            String id = c.getCatalogPart();
            PartKind kind = PartFactory.kindOf(c);
            if (id != null && !id.isBlank() && kind != null && library.part(id).filter(p -> p.kind() == kind).isEmpty()) {
                String other = library.part(id).map(p -> ", it is a " + ModelLabels.words(p.kind().name(), true) + " part").orElse("");
                out.add(diagnostic(DesignRule.INPUT_CATALOG_PART, c, DesignRule.INPUT_CATALOG_PART.featureOf(c), null, null,
                        "catalogue " + kind.file(), String.format(Locale.ROOT, "%s %s: catalogue part '%s' is not a %s part of the catalogue (%s%s)",
                                ModelLabels.kind(c), c.getId(), id, ModelLabels.words(kind.name(), true), kind.file(), other)));
            }
        }
        if (library.pmd(design.getOpticalPmd()).isPresent()) {
            return out;
        }
        out.add(diagnostic(DesignRule.INPUT_PMD, design, DesignRule.INPUT_PMD.featureOf(design), null, null,
                "reference library pmd-specs.csv (known: " + library.pmds().stream().map(PmdSpec::id).collect(java.util.stream.Collectors.joining(", ")) + ")", LinkBudgetCalculator.unknownPmd(design)));
        return out;
    }

    /** Link-budget rules of one lane: incomplete inputs, margin, every PMD table term, BER after FEC. */
    public List<Diagnostic> lane(TransceiverDesign design, Lane lane, LinkBudget b) {
        List<Diagnostic> out = new ArrayList<>();
        String unknownPmd = LinkBudgetCalculator.unknownPmd(design);
        for (String problem : b.problems()) {
            if (!problem.equals(unknownPmd)) { // said once per design by design()
                out.add(diagnostic(DesignRule.INPUT_INCOMPLETE, lane, null, null, null, null, problem));
            }
        }
        if (!b.problems().isEmpty()) {
            return out;
        }
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        double required = requiredMarginDb(design);
        String source = pmd == null ? null : pmd.id() + " " + pmd.provenance().source();
        if (laserTemperatureFails(b)) {
            String node = lane.getLaser().getThermalNode() == null ? "?" : lane.getLaser().getThermalNode().getId();
            out.add(diagnostic(DesignRule.LINK_LASER_TEMPERATURE, lane.getLaser(), DesignRule.LINK_LASER_TEMPERATURE.featureOf(lane.getLaser()), null, null,
                    "thermal network solution", String.format(Locale.ROOT,
                            "Lane %s: laser %s has no known temperature (thermal node %s not solved): no launch power, OMA or margin",
                            lane.getId(), lane.getLaser().getId(), node)));
            return out;
        }
        if (marginFails(b, required)) {
            out.add(diagnostic(DesignRule.LINK_MARGIN, lane, null, b.marginDb(), required, source, String.format(Locale.ROOT,
                    "Lane %s: link margin %.2f dB is below the required %.2f dB (Rx OMA %.2f dBm at TP3 against %.2f dBm required: "
                            + "TDECQ %.2f dB + receiver requirement %.2f dBm; channel %.2f dB)",
                    lane.getId(), b.marginDb(), required, b.rxOmaDbm(), b.marginReferenceDbm(), b.tdecqDb(), b.receiverRequirementDbm(),
                    b.channelInsertionLossDb())));
        }
        if (internalFails(b)) {
            out.add(diagnostic(DesignRule.LINK_RX_INTERNAL, lane.getPhotodetector(), null, b.detectorOmaDbm() - b.tdecqDb(),
                    b.derivedSensitivityDbm(), "detector responsivity and TIA input noise", String.format(Locale.ROOT,
                            "Lane %s: OMA at the photodetector %.2f dBm less TDECQ %.2f dB is below the component sensitivity %.2f dBm "
                                    + "(after demux %.2f dB and fibre attach %.2f dB inside the receiver)",
                            lane.getId(), b.detectorOmaDbm(), b.tdecqDb(), b.derivedSensitivityDbm(), b.demuxLossDb(), b.rxAttachLossDb())));
        }
        for (PmdCheck c : b.pmdChecks()) {
            if (!c.passes()) {
                EObject element = elementOf(lane, c.term());
                out.add(diagnostic(ruleOf(c.term()), element, DesignRule.featureOf(c.term(), element), c.value(), c.limit(),
                        source + " (" + c.parameter() + (c.basis().isEmpty() ? "" : "; " + c.basis()) + ")", String.format(Locale.ROOT,
                                "Lane %s: %s %.2f %s is %s the %s %s %.2f %s%s", lane.getId(), c.term().label(), c.value(), c.term().unit(),
                                c.upperLimit() ? "above" : "below", pmd == null ? "" : pmd.id(), c.upperLimit() ? "maximum" : "minimum", c.limit(),
                                c.term().unit(), c.basis().isEmpty() ? "" : " (" + c.basis() + ")")));
            }
        }
        if (b.verdict(required) == LinkBudget.Verdict.INDICATIVE) {
            out.add(diagnostic(DesignRule.LINK_INDICATIVE, lane, null, Double.isNaN(b.marginDb()) ? null : b.marginDb(), null,
                    source, String.format(Locale.ROOT, "Lane %s: verdict indicative, not a sign-off%s: %s", lane.getId(),
                            Double.isNaN(b.marginDb()) ? " (no margin)" : String.format(Locale.ROOT, " (margin %.2f dB against %s)", b.marginDb(),
                                    b.marginReference()), String.join("; ", b.indicativeReasons().isEmpty() ? List.of("no receiver reference")
                                            : b.indicativeReasons()))));
        }
        Double target = design.getTargetPostFecBer();
        if (Double.isNaN(b.preFecBer())) {
            out.add(diagnostic(DesignRule.LINK_BER_UNKNOWN, lane, null, null, null, source, String.format(Locale.ROOT,
                    "Lane %s: BER before and after FEC not estimated: %s gives no pre-FEC BER target", lane.getId(), b.pmdId())));
        } else if (berFails(b, target)) {
            out.add(diagnostic(DesignRule.LINK_BER, lane, null, b.postFecBer(), target, b.fec(), String.format(Locale.ROOT,
                    b.postFecBerIsBound() ? "Lane %s: post-FEC BER %.2e (%s, pre-FEC %s) is only known to be below the model's validity floor, "
                            + "which is above the design's target %.2e" : "Lane %s: post-FEC BER %.2e (%s, pre-FEC %s) is above the design's target %.2e",
                    lane.getId(), b.postFecBer(), b.fec(), (b.preFecBerIsBound() ? "< " : "") + String.format(Locale.ROOT, "%.2e", b.preFecBer()), target)));
        }
        return out;
    }

    /** The design's required link margin (none given: 0 dB). */
    public static double requiredMarginDb(TransceiverDesign design) {
        return design.getRequiredMarginDb() == null ? 0.0 : design.getRequiredMarginDb();
    }

    /** LW-LINK-MARGIN: the lane's margin is below the required margin. */
    public static boolean marginFails(LinkBudget b, double requiredMarginDb) {
        return marginFails(b.marginDb(), requiredMarginDb);
    }

    /** LW-LINK-MARGIN on a margin value: below the required margin (an unknown margin is not this rule's failure). */
    public static boolean marginFails(double marginDb, double requiredMarginDb) {
        return marginDb < requiredMarginDb;
    }

    /** LW-LINK-LASER-TEMP: the laser's temperature is unknown and its power depends on it, so the lane has no margin. */
    public static boolean laserTemperatureFails(LinkBudget b) {
        return !b.laserTemperatureKnown() && Double.isNaN(b.marginDb());
    }

    /** LW-LINK-RX-INTERNAL: behind TP3 (demux, fibre attach) the detector and TIA cannot reach the BER target. */
    public static boolean internalFails(LinkBudget b) {
        return b.internalMarginDb() < 0;
    }

    /** LW-LINK-BER: the post-FEC BER is known and above the design's target (no target: no check). */
    public static boolean berFails(LinkBudget b, Double targetPostFecBer) {
        return !Double.isNaN(b.preFecBer()) && targetPostFecBer != null && b.postFecBer() > targetPostFecBer;
    }

    /**
     * The error rules a lane's budget breaks, exactly those {@link #lane} reports as errors (a rule once, in report
     * order; an incomplete input stops the lane's checks): for callers that need the verdict without diagnostics.
     */
    public static List<DesignRule> laneFailures(LinkBudget b, double requiredMarginDb, Double targetPostFecBer) {
        if (!b.problems().isEmpty()) {
            // an unknown PMD alone is the design's LW-INPUT-PMD, not a lane failure (see lane())
            return b.pmdId() == null && b.problems().size() == 1 ? List.of() : List.of(DesignRule.INPUT_INCOMPLETE);
        }
        if (laserTemperatureFails(b)) {
            return List.of(DesignRule.LINK_LASER_TEMPERATURE);
        }
        List<DesignRule> out = new ArrayList<>(2);
        if (marginFails(b, requiredMarginDb)) {
            out.add(DesignRule.LINK_MARGIN);
        }
        if (internalFails(b)) {
            out.add(DesignRule.LINK_RX_INTERNAL);
        }
        for (PmdCheck c : b.pmdChecks()) {
            if (!c.passes() && !out.contains(ruleOf(c.term()))) {
                out.add(ruleOf(c.term()));
            }
        }
        if (berFails(b, targetPostFecBer)) {
            out.add(DesignRule.LINK_BER);
        }
        return out;
    }

    /**
     * {@link #laneFailures} for a lane's budget numbers, without building its {@link LinkBudget}: the same rules as a bit
     * per {@link DesignRule} ordinal (a Monte Carlo sample checks every lane this way; a test holds both equal).
     */
    public static long laneFailureBits(PmdSpec pmd, LinkModel model, LaneInputs in, LinkBudgetCalculator.LaneNumbers n, double requiredMarginDb,
            Double targetPostFecBer) {
        LinkBudgetCalculator.numbers(pmd, model, in, n);
        if (n.problemCount() > 0) {
            return pmd == null && n.problemCount() == 1 ? 0 : bit(DesignRule.INPUT_INCOMPLETE);
        }
        if (!n.laserTemperatureKnown() && Double.isNaN(n.marginDb())) {
            return bit(DesignRule.LINK_LASER_TEMPERATURE);
        }
        long out = 0;
        if (marginFails(n.marginDb(), requiredMarginDb)) {
            out |= bit(DesignRule.LINK_MARGIN);
        }
        if (n.internalMarginDb() < 0) {
            out |= bit(DesignRule.LINK_RX_INTERNAL);
        }
        long terms = LinkBudgetCalculator.failingTerms(pmd, in, n);
        for (Term t : TERMS) {
            if ((terms >>> t.ordinal() & 1) != 0) {
                out |= bit(ruleOf(t));
            }
        }
        if (targetPostFecBer != null && LinkBudgetCalculator.postFecBerAbove(model, n, targetPostFecBer)) {
            out |= bit(DesignRule.LINK_BER);
        }
        return out;
    }

    private static final Term[] TERMS = Term.values();

    private static long bit(DesignRule rule) {
        return 1L << rule.ordinal();
    }

    /** Module power rules: incomplete inputs, MSA class, and the power figure itself as information. */
    public List<Diagnostic> power(TransceiverDesign design, PowerBudget pb) {
        List<Diagnostic> out = new ArrayList<>();
        for (String problem : pb.problems()) {
            out.add(diagnostic(DesignRule.INPUT_INCOMPLETE, design, null, null, null, null, problem));
        }
        if (!pb.withinClass()) {
            out.add(diagnostic(DesignRule.POWER_CLASS, design, DesignRule.POWER_CLASS.featureOf(design), pb.totalW(), pb.msaClassLimitW(),
                    pb.msaClassSource(), String.format(Locale.ROOT, "Module power %.2f W exceeds MSA power class %d (%.2f W)",
                            pb.totalW(), design.getMsaPowerClass(), pb.msaClassLimitW())));
        }
        out.add(diagnostic(DesignRule.POWER_SUMMARY, design, null, pb.totalW(), pb.msaClassLimitW(), pb.msaClassSource(),
                String.format(Locale.ROOT, "Module power %.2f W, %.2f pJ/bit", pb.totalW(), pb.pJPerBit())));
        return out;
    }

    /** Thermal rules: incomplete network, node temperatures above their limits. */
    public List<Diagnostic> thermal(TransceiverDesign design, ThermalSolution ts) {
        List<Diagnostic> out = new ArrayList<>();
        for (String problem : ts.problems()) {
            out.add(diagnostic(DesignRule.INPUT_INCOMPLETE, design, null, null, null, null, problem));
        }
        if (!ts.unknownNodes().isEmpty() && design.getThermalNetwork() != null) {
            // one diagnostic per node, on the node, so a marker lands where the designer adds the missing path
            for (ThermalNode n : design.getThermalNetwork().getNodes()) {
                String reason = ts.unknownNodes().get(n.getId());
                if (reason != null) {
                    out.add(diagnostic(DesignRule.INPUT_INCOMPLETE, n, null, null, null, "thermal network solution",
                            "Thermal node " + n.getId() + ": temperature unknown, " + reason));
                }
            }
        }
        Double caseMax = design.getCaseTemperatureMaxC();
        if (design.getThermalNetwork() != null && caseMax != null) {
            for (ThermalNode n : design.getThermalNetwork().getNodes()) {
                if (n.isBoundary() && n.getKind() == ThermalNodeKind.CASE && n.getTemperatureC() != null && n.getTemperatureC() < caseMax) {
                    out.add(diagnostic(DesignRule.THERMAL_CASE, n, DesignRule.THERMAL_CASE.featureOf(n), n.getTemperatureC(), caseMax,
                            "design caseTemperatureMaxC", String.format(Locale.ROOT,
                                    "Case node %s is held at %.1f C, below the design's worst-case case temperature %.1f C: temperatures are not worst case",
                                    n.getId(), n.getTemperatureC(), caseMax)));
                }
            }
        }
        List<String> over = ts.overLimit();
        Map<String, ThermalNode> byId = new HashMap<>();
        if (!over.isEmpty()) {
            design.getThermalNetwork().getNodes().forEach(n -> byId.putIfAbsent(n.getId(), n));
        }
        for (String id : over) {
            ThermalNode node = byId.get(id);
            out.add(diagnostic(DesignRule.THERMAL_LIMIT, node, DesignRule.THERMAL_LIMIT.featureOf(node), ts.temperatureC().get(id), ts.limitC().get(id),
                    "thermal network solution", String.format(Locale.ROOT, "Thermal node %s reaches %.1f C, above its %.1f C limit",
                            id, ts.temperatureC().get(id), ts.limitC().get(id))));
        }
        return out;
    }

    /** The model element a PMD term is a property of, so a marker lands where the designer would change it. */
    private static EObject elementOf(Lane lane, Term term) {
        EObject e = switch (term) {
            // with a modulator the launch is the modulator's output (and the laser may feed other lanes): the lane's
            case AVERAGE_LAUNCH, TX_OMA -> lane.getModulator() == null ? lane.getLaser() : lane;
            case RIN, WAVELENGTH -> lane.getLaser();
            case EXTINCTION_RATIO -> lane.getModulator() != null ? lane.getModulator() : lane.getLaser();
            case CHANNEL_INSERTION_LOSS, REACH, DISPERSION -> lane.getChannel();
            default -> lane;
        };
        return e == null ? lane : e;
    }

    /** The rule a PMD term's limit belongs to (the table: {@link DesignRule#of(Term)}). */
    public static DesignRule ruleOf(Term term) {
        return DesignRule.of(term);
    }

    /** A diagnostic of {@code rule}: severity and category from the rule table ({@link DesignRule}). */
    private static Diagnostic diagnostic(DesignRule rule, EObject element, EStructuralFeature attribute, Double value,
            Double limit, String source, String message) {
        return new BasicDiagnostic(rule.severity(), SOURCE, rule.category(), message, new Object[] {element, attribute, value, limit, source, rule});
    }
}
