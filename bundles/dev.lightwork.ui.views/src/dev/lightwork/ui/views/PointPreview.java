package dev.lightwork.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.PointVariant;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.StudyVariable;

/**
 * What the Trade Study view says about a selected point before anything is written: what changed against the base
 * design, every choice, the objective values and the verdict with the worst lane's margin (from the point's own analysis).
 */
final class PointPreview {

    private PointPreview() {
    }

    static String text(StudyResult r, ParetoPoint p, PointVariant variant) {
        List<String> lines = new ArrayList<>();
        lines.add(TradeStudyView.pointLabel(p) + ": " + variant.describe());
        List<String> values = new ArrayList<>();
        for (int i = 0; i < r.objectives().size(); i++) {
            StudyObjective o = r.objectives().get(i);
            values.add(o.label() + " " + TradeStudyView.value(p.values()[i]));
        }
        lines.add(String.join("; ", values));
        DesignAnalysis a = p.analysis();
        String margin = a.worstLane().map(PointPreview::margin).orElse("no lane margin known");
        lines.add("Verdict " + a.verdict() + "; " + margin + " (required " + QuantityFormat.db(DesignRules.requiredMarginDb(a.design())) + " dB)");
        List<String> choices = new ArrayList<>();
        for (StudyVariable v : r.variables()) {
            choices.add(v.name() + " " + Objects.toString(p.choices().get(v.name()), "(unchanged)"));
        }
        lines.add("Choices: " + String.join(", ", choices));
        return String.join("\n", lines);
    }

    private static String margin(LinkBudget worst) {
        return "worst lane " + worst.laneId() + " margin " + QuantityFormat.db(worst.marginDb()) + " dB";
    }
}
