package dev.lightwork.analysis.validation;

import static dev.lightwork.analysis.validation.DesignRules.INPUT;
import static dev.lightwork.analysis.validation.DesignRules.LINK;
import static dev.lightwork.analysis.validation.DesignRules.POWER;
import static dev.lightwork.analysis.validation.DesignRules.THERMAL;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.lightwork.analysis.link.PmdCheck.Term;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.Modulator;

/**
 * The rule table: every design rule by stable id (as SARIF, JSON, JUnit and Problems markers name it), its title and
 * help, its category and severity, and the model element and attribute its diagnostics point at (model literals, never
 * strings). An id never changes its meaning; a new check gets a new id.
 *
 * <p>Adding a rule: one row here, the check that emits it in {@link DesignRules}, and one fixture in the analysis
 * tests' {@code RuleFixtures} (a guard test fails until both exist). Every diagnostic of {@link DesignRules} carries
 * its rule (data index 5).
 */
public enum DesignRule {
    LINK_MARGIN("LW-LINK-MARGIN", "LinkMargin", "Lane link margin below the required margin",
            "The received OMA less TDECQ must stay above the PMD's stressed receiver sensitivity (IEEE 802.3 budget) by the "
                    + "design's required margin.",
            LINK, Diagnostic.ERROR, L.LANE),
    LINK_LAUNCH("LW-LINK-LAUNCH", "LaunchPower", "Average launch power outside the PMD range",
            "The average launch power per lane must lie within the PMD's minimum and maximum.",
            LINK, Diagnostic.ERROR, L.LASER, L.LASER__OUTPUT_POWER_DBM),
    LINK_OMA("LW-LINK-OMA", "TransmitterOma", "Transmitter OMA outside the PMD range",
            "OMAouter, and OMAouter less TDECQ, must meet the PMD's transmitter table.",
            LINK, Diagnostic.ERROR, L.LASER, L.LASER__OUTPUT_POWER_DBM, L.LANE__TDECQ_DB),
    LINK_TDECQ("LW-LINK-TDECQ", "Tdecq", "TDECQ above the PMD maximum",
            "The transmitter's TDECQ must not exceed the PMD's maximum.",
            LINK, Diagnostic.ERROR, L.LANE, L.LANE__TDECQ_DB),
    LINK_EXTINCTION("LW-LINK-ER", "ExtinctionRatio", "Extinction ratio below the PMD minimum",
            "The transmitter's extinction ratio must reach the PMD's minimum.",
            LINK, Diagnostic.ERROR, L.MODULATOR, L.MODULATOR__EXTINCTION_RATIO_DB, L.LASER__EXTINCTION_RATIO_DB),
    LINK_RIN("LW-LINK-RIN", "Rin", "Laser RIN above the PMD maximum",
            "The laser's relative intensity noise must not exceed the PMD's RIN limit.",
            LINK, Diagnostic.ERROR, L.LASER, L.LASER__RIN_DB_PER_HZ),
    LINK_WAVELENGTH("LW-LINK-WAVELENGTH", "Wavelength", "Laser wavelength outside the PMD range",
            "The laser's centre wavelength must lie within the PMD's wavelength range.",
            LINK, Diagnostic.ERROR, L.LASER, L.LASER__WAVELENGTH_NM),
    LINK_CHANNEL("LW-LINK-CHANNEL-IL", "ChannelInsertionLoss", "Channel insertion loss above the PMD maximum",
            "Fibre, connector and splice loss of the channel must not exceed the PMD's channel insertion loss.",
            LINK, Diagnostic.ERROR, L.CHANNEL, L.CHANNEL__LENGTH_M),
    LINK_RECEIVE("LW-LINK-RX-POWER", "ReceivePower", "Average receive power outside the PMD range",
            "The average power at the receiver must reach the PMD's minimum and stay below its damage threshold.",
            LINK, Diagnostic.ERROR, L.LANE),
    LINK_REACH("LW-LINK-REACH", "OperatingRange", "Channel length outside the PMD operating range",
            "The channel's length must lie within the PMD's operating range (e.g. 2 m to 500 m for a DR4).",
            LINK, Diagnostic.ERROR, L.CHANNEL, L.CHANNEL__LENGTH_M),
    LINK_DISPERSION("LW-LINK-DISPERSION", "ChromaticDispersion", "Channel chromatic dispersion outside the PMD's bound",
            "The channel's accumulated chromatic dispersion at the laser wavelength must stay within what the IEEE single-mode "
                    + "fibre model allows over the lane's wavelength window at the PMD's maximum reach.",
            LINK, Diagnostic.ERROR, L.CHANNEL, L.CHANNEL__LENGTH_M),
    LINK_INDICATIVE("LW-LINK-INDICATIVE", "IndicativeVerdict", "Lane verdict is indicative",
            "Warning: the lane meets every limit at hand, but its PMD lacks sourced limits (or its margin is referenced to the "
                    + "lane's own components), so the verdict is indicative, not a sign-off.",
            LINK, Diagnostic.WARNING, L.LANE),
    LINK_BER("LW-LINK-BER", "PostFecBer", "Post-FEC BER above the design's target",
            "The bit error ratio after the design's FEC chain must meet the design's targetPostFecBer.",
            LINK, Diagnostic.ERROR, L.LANE),
    LINK_BER_UNKNOWN("LW-LINK-BER-UNKNOWN", "BerNotEstimated", "BER not estimated",
            "Warning: the PMD gives no pre-FEC BER target, so BER before and after FEC cannot be referenced to it.",
            LINK, Diagnostic.WARNING, L.LANE),
    LINK_LASER_TEMPERATURE("LW-LINK-LASER-TEMP", "LaserTemperatureUnknown", "Laser temperature unknown",
            "The laser's output depends on its temperature, and its thermal node has no solved temperature (e.g. no path to a "
                    + "boundary node): the lane gets no margin rather than one at an optimistic temperature.",
            LINK, Diagnostic.ERROR, L.LASER, L.COMPONENT__THERMAL_NODE),
    LINK_RX_INTERNAL("LW-LINK-RX-INTERNAL", "ReceiverInternal", "OMA at the photodetector below the component sensitivity",
            "Inside the receiver (TP3 to the photodetector, after demux and fibre attach), the OMA less TDECQ must reach the "
                    + "sensitivity of the detector and TIA (thermal-noise bound at the PMD's BER target).",
            LINK, Diagnostic.ERROR, L.PHOTODETECTOR),
    POWER_CLASS("LW-POWER-CLASS", "PowerClass", "Module power above its MSA power class",
            "Worst-case module power, DC-DC loss included, must fit the form factor's MSA power class.",
            POWER, Diagnostic.ERROR, L.TRANSCEIVER_DESIGN, L.TRANSCEIVER_DESIGN__MSA_POWER_CLASS),
    POWER_SUMMARY("LW-POWER-SUMMARY", "PowerSummary", "Module power and energy per bit",
            "Information: module power and pJ/bit as computed.",
            POWER, Diagnostic.INFO, L.TRANSCEIVER_DESIGN),
    THERMAL_LIMIT("LW-THERMAL-LIMIT", "ThermalLimit", "Thermal node above its temperature limit",
            "The steady-state temperature of each thermal node at the worst-case case temperature must stay below its limit "
                    + "(the node's own, else the lowest junction limit of its parts).",
            THERMAL, Diagnostic.ERROR, L.THERMAL_NODE, L.THERMAL_NODE__LIMIT_C),
    THERMAL_CASE("LW-THERMAL-CASE", "CaseNotWorstCase", "Case node below the worst-case case temperature",
            "Warning: the thermal network's case node should be held at the design's caseTemperatureMaxC.",
            THERMAL, Diagnostic.WARNING, L.THERMAL_NODE, L.THERMAL_NODE__TEMPERATURE_C),
    INPUT_INCOMPLETE("LW-INPUT-INCOMPLETE", "IncompleteInput", "Missing or invalid value",
            "A value the checks need is missing, not a number, or out of its physical range; the check cannot conclude.",
            INPUT, Diagnostic.ERROR, null),
    INPUT_RANGE("LW-INPUT-RANGE", "ImpossibleValue", "Value not finite or outside its physical range",
            "Every numeric attribute must be a finite number within its physical range (attribute-ranges.csv gives range, unit and "
                    + "source); a design with an impossible value is bad input and never passes.",
            INPUT, Diagnostic.ERROR, null),
    INPUT_PMD("LW-INPUT-PMD", "UnknownPmd", "Optical PMD not in the reference library",
            "The design's opticalPmd must name a PMD of the reference library; without it no link budget can be checked.",
            INPUT, Diagnostic.ERROR, L.TRANSCEIVER_DESIGN, L.TRANSCEIVER_DESIGN__OPTICAL_PMD),
    INPUT_CATALOG_PART("LW-INPUT-CATALOG-PART", "UnknownCatalogPart", "Catalogue part not in the catalogue",
            "Warning: a component's catalogPart names no part of the catalogue (of its kind), so its values have no catalogue source; "
                    + "choose a catalogue part or clear the id and give the values' source.",
            INPUT, Diagnostic.WARNING, L.COMPONENT, L.COMPONENT__CATALOG_PART);

    /** The model's literals under a short name, so the table reads as one row per rule. */
    private interface L extends LightworkPackage.Literals {
    }

    private final String id;
    private final String shortName;
    private final String title;
    private final String help;
    private final int category;
    private final int severity;
    private final EClass element;
    private final List<EStructuralFeature> features;

    DesignRule(String id, String shortName, String title, String help, int category, int severity, EClass element,
            EStructuralFeature... features) {
        this.id = id;
        this.shortName = shortName;
        this.title = title;
        this.help = help;
        this.category = category;
        this.severity = severity;
        this.element = element;
        this.features = List.of(features);
    }

    /** Diagnostic code: {@link DesignRules#LINK}, {@link DesignRules#POWER}, {@link DesignRules#THERMAL} or {@link DesignRules#INPUT}. */
    public int category() {
        return category;
    }

    /** {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}. */
    public int severity() {
        return severity;
    }

    /** The model class a diagnostic of this rule is usually on (null: any element with the missing value). */
    public EClass element() {
        return element;
    }

    /** The attributes a diagnostic of this rule names, by model literal (empty: the element as a whole). */
    public List<EStructuralFeature> features() {
        return features;
    }

    /** The one of {@link #features()} that {@code on} has, or null: the attribute a diagnostic on {@code on} names. */
    public EStructuralFeature featureOf(EObject on) {
        if (on == null) {
            return null;
        }
        for (EStructuralFeature f : features) {
            if (f.getEContainingClass().isSuperTypeOf(on.eClass())) {
                return f;
            }
        }
        return null;
    }

    /** The rule a PMD table term's limit belongs to: every term has exactly one (the switch is exhaustive). */
    public static DesignRule of(Term term) {
        return switch (term) {
            case AVERAGE_LAUNCH -> LINK_LAUNCH;
            case TX_OMA, OMA_MINUS_TDECQ -> LINK_OMA;
            case TDECQ -> LINK_TDECQ;
            case EXTINCTION_RATIO -> LINK_EXTINCTION;
            case RIN -> LINK_RIN;
            case WAVELENGTH -> LINK_WAVELENGTH;
            case CHANNEL_INSERTION_LOSS -> LINK_CHANNEL;
            case RX_AVERAGE, RX_OVERLOAD -> LINK_RECEIVE;
            case REACH -> LINK_REACH;
            case DISPERSION -> LINK_DISPERSION;
        };
    }

    /** The attribute a PMD term's value comes from on {@code element} (null: none of its own, e.g. a lane's launch). */
    public static EStructuralFeature featureOf(Term term, EObject element) {
        EStructuralFeature f = switch (term) {
            case AVERAGE_LAUNCH, TX_OMA -> L.LASER__OUTPUT_POWER_DBM;
            case RIN -> L.LASER__RIN_DB_PER_HZ;
            case WAVELENGTH -> L.LASER__WAVELENGTH_NM;
            case EXTINCTION_RATIO -> element instanceof Modulator ? L.MODULATOR__EXTINCTION_RATIO_DB : L.LASER__EXTINCTION_RATIO_DB;
            case CHANNEL_INSERTION_LOSS, REACH, DISPERSION -> L.CHANNEL__LENGTH_M;
            case TDECQ, OMA_MINUS_TDECQ -> L.LANE__TDECQ_DB;
            case RX_AVERAGE, RX_OVERLOAD -> null;
        };
        return f != null && element != null && f.getEContainingClass().isSuperTypeOf(element.eClass()) ? f : null;
    }

    public String id() {
        return id;
    }

    /** PascalCase name (SARIF reportingDescriptor.name). */
    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }

    public String help() {
        return help;
    }
}
