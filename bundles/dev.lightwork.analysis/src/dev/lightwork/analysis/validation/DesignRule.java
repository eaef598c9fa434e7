package dev.lightwork.analysis.validation;

/**
 * The design rules by stable id, as SARIF, JSON, JUnit and Problems markers name them. An id never changes its
 * meaning; a new check gets a new id. Every diagnostic of {@link DesignRules} carries its rule (data index 5).
 */
public enum DesignRule {
    LINK_MARGIN("LW-LINK-MARGIN", "LinkMargin", "Lane link margin below the required margin",
            "The received OMA less TDECQ must stay above the PMD's stressed receiver sensitivity (IEEE 802.3 budget) by the "
                    + "design's required margin."),
    LINK_LAUNCH("LW-LINK-LAUNCH", "LaunchPower", "Average launch power outside the PMD range",
            "The average launch power per lane must lie within the PMD's minimum and maximum."),
    LINK_OMA("LW-LINK-OMA", "TransmitterOma", "Transmitter OMA outside the PMD range",
            "OMAouter, and OMAouter less TDECQ, must meet the PMD's transmitter table."),
    LINK_TDECQ("LW-LINK-TDECQ", "Tdecq", "TDECQ above the PMD maximum",
            "The transmitter's TDECQ must not exceed the PMD's maximum."),
    LINK_EXTINCTION("LW-LINK-ER", "ExtinctionRatio", "Extinction ratio below the PMD minimum",
            "The transmitter's extinction ratio must reach the PMD's minimum."),
    LINK_RIN("LW-LINK-RIN", "Rin", "Laser RIN above the PMD maximum",
            "The laser's relative intensity noise must not exceed the PMD's RIN limit."),
    LINK_WAVELENGTH("LW-LINK-WAVELENGTH", "Wavelength", "Laser wavelength outside the PMD range",
            "The laser's centre wavelength must lie within the PMD's wavelength range."),
    LINK_CHANNEL("LW-LINK-CHANNEL-IL", "ChannelInsertionLoss", "Channel insertion loss above the PMD maximum",
            "Fibre, connector and splice loss of the channel must not exceed the PMD's channel insertion loss."),
    LINK_RECEIVE("LW-LINK-RX-POWER", "ReceivePower", "Average receive power outside the PMD range",
            "The average power at the receiver must reach the PMD's minimum and stay below its damage threshold."),
    LINK_BER("LW-LINK-BER", "PostFecBer", "Post-FEC BER above the design's target",
            "The bit error ratio after the design's FEC chain must meet the design's targetPostFecBer."),
    LINK_BER_UNKNOWN("LW-LINK-BER-UNKNOWN", "BerNotEstimated", "BER not estimated",
            "Warning: the PMD gives no pre-FEC BER target, so BER before and after FEC cannot be referenced to it."),
    LINK_LASER_TEMPERATURE("LW-LINK-LASER-TEMP", "LaserTemperatureUnknown", "Laser temperature unknown",
            "The laser's output depends on its temperature, and its thermal node has no solved temperature (e.g. no path to a "
                    + "boundary node): the lane gets no margin rather than one at an optimistic temperature."),
    LINK_RX_INTERNAL("LW-LINK-RX-INTERNAL", "ReceiverInternal", "OMA at the photodetector below the component sensitivity",
            "Inside the receiver (TP3 to the photodetector, after demux and fibre attach), the OMA less TDECQ must reach the "
                    + "sensitivity of the detector and TIA (thermal-noise bound at the PMD's BER target)."),
    POWER_CLASS("LW-POWER-CLASS", "PowerClass", "Module power above its MSA power class",
            "Worst-case module power, DC-DC loss included, must fit the form factor's MSA power class."),
    POWER_SUMMARY("LW-POWER-SUMMARY", "PowerSummary", "Module power and energy per bit",
            "Information: module power and pJ/bit as computed."),
    THERMAL_LIMIT("LW-THERMAL-LIMIT", "ThermalLimit", "Thermal node above its temperature limit",
            "The steady-state temperature of each thermal node at the worst-case case temperature must stay below its limit "
                    + "(the node's own, else the lowest junction limit of its parts)."),
    THERMAL_CASE("LW-THERMAL-CASE", "CaseNotWorstCase", "Case node below the worst-case case temperature",
            "Warning: the thermal network's case node should be held at the design's caseTemperatureMaxC."),
    INPUT_INCOMPLETE("LW-INPUT-INCOMPLETE", "IncompleteInput", "Missing or invalid value",
            "A value the checks need is missing, not a number, or out of its physical range; the check cannot conclude."),
    INPUT_PMD("LW-INPUT-PMD", "UnknownPmd", "Optical PMD not in the reference library",
            "The design's opticalPmd must name a PMD of the reference library; without it no link budget can be checked.");

    private final String id;
    private final String shortName;
    private final String title;
    private final String help;

    DesignRule(String id, String shortName, String title, String help) {
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
}
