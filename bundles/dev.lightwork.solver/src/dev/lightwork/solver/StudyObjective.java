package dev.lightwork.solver;

import dev.lightwork.model.Metric;
import dev.lightwork.model.OptimisationSense;

/** One objective of a study: the metric, its sense and, for ATTRIBUTE, the attribute path "slot.attribute". */
public record StudyObjective(Metric metric, OptimisationSense sense, String attribute) {

    public boolean maximise() {
        return sense == OptimisationSense.MAXIMIZE;
    }

    /** Column name for tables and axes, e.g. "module power [W]". */
    public String label() {
        return switch (metric) {
            case MODULE_POWER_W -> "module power [W]";
            case ENERGY_PJ_PER_BIT -> "energy [pJ/bit]";
            case COST_USD -> "cost [USD]";
            case WORST_MARGIN_DB -> "worst-lane margin [dB]";
            case MAX_JUNCTION_TEMPERATURE_C -> "max junction temperature [C]";
            case POST_FEC_BER -> "post-FEC BER";
            case ATTRIBUTE -> attribute;
        };
    }

    /** Short key for JSON/CSV, e.g. "modulePowerW". */
    public String key() {
        return switch (metric) {
            case MODULE_POWER_W -> "modulePowerW";
            case ENERGY_PJ_PER_BIT -> "energyPjPerBit";
            case COST_USD -> "costUsd";
            case WORST_MARGIN_DB -> "worstMarginDb";
            case MAX_JUNCTION_TEMPERATURE_C -> "maxJunctionTemperatureC";
            case POST_FEC_BER -> "postFecBer";
            case ATTRIBUTE -> attribute;
        };
    }
}
