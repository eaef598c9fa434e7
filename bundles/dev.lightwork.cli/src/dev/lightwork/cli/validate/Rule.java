package dev.lightwork.cli.validate;

import org.eclipse.emf.ecore.EStructuralFeature;

import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.model.LightworkPackage;

/**
 * Stable rule ids of the checks, as SARIF, JSON and CI annotations name them. Ids never change meaning; new
 * checks get new ids.
 */
public enum Rule {
    LINK_MARGIN("LW-LINK-MARGIN", "LinkMargin", "Lane link margin below the required margin",
            "The received OMA less TDECQ must stay above the PMD's stressed receiver sensitivity (IEEE 802.3 budget) by the "
                    + "design's required margin."),
    LINK_LAUNCH("LW-LINK-LAUNCH", "LaunchPower", "Average launch power above the PMD maximum",
            "The average launch power per lane must not exceed the PMD's maximum (receiver overload, eye safety)."),
    LINK_TDECQ("LW-LINK-TDECQ", "Tdecq", "TDECQ above the PMD maximum",
            "The transmitter's TDECQ must not exceed the PMD's maximum."),
    POWER_CLASS("LW-POWER-CLASS", "PowerClass", "Module power above its MSA power class",
            "Worst-case module power, DC-DC loss included, must fit the form factor's MSA power class."),
    POWER_SUMMARY("LW-POWER-SUMMARY", "PowerSummary", "Module power and energy per bit",
            "Information: module power and pJ/bit as computed."),
    THERMAL_LIMIT("LW-THERMAL-LIMIT", "ThermalLimit", "Thermal node above its temperature limit",
            "The steady-state temperature of each thermal node at the worst-case case temperature must stay below its limit "
                    + "(the node's own, else the lowest junction limit of its parts)."),
    INPUT_INCOMPLETE("LW-INPUT-INCOMPLETE", "IncompleteInput", "Missing or invalid value",
            "A value the checks need is missing, not a number, or out of its physical range; the check cannot conclude."),
    INPUT_PMD("LW-INPUT-PMD", "UnknownPmd", "Optical PMD not in the reference library",
            "The design's opticalPmd must name a PMD of the reference library; without it no link budget can be checked."),
    FILE("LW-FILE", "UnreadableFile", "Design file cannot be read",
            "The file is missing, not well-formed XML, declares a DOCTYPE, references an element that does not exist, "
                    + "or is not a Lightwork design."),
    INTERNAL("LW-INTERNAL", "InternalError", "Lightwork could not check the design",
            "The analysis failed on this design (a defect of Lightwork, please report it with the file); the design is not checked.");

    private final String id;
    private final String shortName;
    private final String title;
    private final String help;

    Rule(String id, String shortName, String title, String help) {
        this.id = id;
        this.shortName = shortName;
        this.title = title;
        this.help = help;
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

    /** The rule a diagnostic of the analysis belongs to (by its category and the attribute it names). */
    static Rule of(DesignDiagnostic d) {
        LightworkPackage p = LightworkPackage.eINSTANCE;
        EStructuralFeature attribute = d.attribute();
        return switch (d.category()) {
            case "link" -> attribute == p.getLaser_OutputPowerDbm() ? LINK_LAUNCH
                    : attribute == p.getLane_TdecqDb() ? LINK_TDECQ : LINK_MARGIN;
            case "power" -> "error".equals(d.severityName()) ? POWER_CLASS : POWER_SUMMARY;
            case "thermal" -> THERMAL_LIMIT;
            // The link calculator reports an unknown PMD once per lane, as text only; it is one problem of the design.
            default -> d.message() != null && d.message().contains("opticalPmd") ? INPUT_PMD : INPUT_INCOMPLETE;
        };
    }
}
