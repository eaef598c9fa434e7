package dev.lightwork.solver;

import java.util.Map;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.TransceiverDesign;

/**
 * One design on the front: the option chosen for every variable, the objective values as the analysis bundle
 * computed them on the materialised design (in objective order, display units), the integer model's values for
 * the same objectives, and the design itself (save it with DesignFiles to get a .lightwork model).
 */
public record ParetoPoint(int index, Map<String, String> choices, double[] values, double[] modelValues, TransceiverDesign design,
        DesignAnalysis analysis) {
}
