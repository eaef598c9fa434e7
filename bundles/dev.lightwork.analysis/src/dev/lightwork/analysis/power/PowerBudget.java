package dev.lightwork.analysis.power;

import java.util.List;
import java.util.Map;

/**
 * Module power at the worst case: each component once (a shared part is split evenly over the lanes that use it
 * in the per-lane view), the DC-DC conversion loss on top, compared with the form factor's MSA class.
 */
public record PowerBudget(
        Map<String, Double> componentW,
        Map<String, Double> laneW,
        double overheadW,
        double loadW,
        double converterEfficiency,
        double conversionLossW,
        double totalW,
        double nominalGbps,
        double pJPerBit,
        double msaClassLimitW,
        String msaClassSource,
        List<String> problems) {

    /** Within the MSA class (or no class applies, e.g. a CPO engine). */
    public boolean withinClass() {
        return withinClass(totalW, msaClassLimitW);
    }

    /** LW-POWER-CLASS on plain values: the module's power fits the class limit (NaN limit: no class applies). */
    public static boolean withinClass(double totalW, double msaClassLimitW) {
        return Double.isNaN(msaClassLimitW) || totalW <= msaClassLimitW;
    }
}
