package dev.lightwork.report;

import java.util.List;

import dev.lightwork.analysis.design.DesignAnalysis;

/** Two analysed revisions of a design and the model changes between them (the report's comparison section). */
public record DesignComparison(DesignAnalysis before, DesignAnalysis after, List<ModelChange> changes) {

    public static DesignComparison of(DesignAnalysis before, DesignAnalysis after) {
        return new DesignComparison(before, after, List.copyOf(ModelDiff.between(before.design(), after.design())));
    }
}
