package dev.lightwork.report;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/** Headline numbers of one analysis, shared by the summary and the revision comparison. */
record DesignFacts(DesignAnalysis analysis) {

    double requiredMarginDb() {
        return DesignRules.requiredMarginDb(analysis.design());
    }

    Optional<LinkBudget> worstLane() {
        return analysis.worstLane();
    }

    double worstMarginDb() {
        return worstLane().map(LinkBudget::marginDb).orElse(Double.NaN);
    }

    boolean failing(LinkBudget b) {
        return !b.passes(requiredMarginDb());
    }

    long failingLanes() {
        return analysis.linkBudgets().values().stream().filter(this::failing).count();
    }

    long count(int severity) {
        return analysis.diagnostics().stream().filter(d -> d.getSeverity() == severity).count();
    }

    long errors() {
        return count(Diagnostic.ERROR) + count(Diagnostic.CANCEL);
    }

    long warnings() {
        return count(Diagnostic.WARNING);
    }

    /** The node with a limit and the highest temperature (the node a reviewer looks at first). */
    Optional<Map.Entry<String, Double>> hottestLimitedNode() {
        var t = analysis.thermal();
        return t.temperatureC().entrySet().stream().filter(e -> t.limitC().containsKey(e.getKey()) && Double.isFinite(e.getValue()))
                .max(Map.Entry.comparingByValue());
    }

    /** The node with the least headroom to its limit. */
    Optional<Map.Entry<String, Double>> tightestNode() {
        var t = analysis.thermal();
        return t.temperatureC().entrySet().stream().filter(e -> t.limitC().containsKey(e.getKey()) && Double.isFinite(e.getValue()))
                .min((a, b) -> Double.compare(t.limitC().get(a.getKey()) - a.getValue(), t.limitC().get(b.getKey()) - b.getValue()));
    }

    double limitC(String node) {
        Double l = analysis.thermal().limitC().get(node);
        return l == null ? Double.NaN : l;
    }

    /** "QSFP-DD class 6", "CPO engine (no MSA class)" or what the design declares. */
    String powerClassLabel() {
        TransceiverDesign d = analysis.design();
        if (d.getFormFactor() == null) {
            return "no form factor";
        }
        String ff = dev.lightwork.model.util.ModelLabels.literal(d.getFormFactor());
        if (d.getFormFactor() == dev.lightwork.model.FormFactor.CPO_ENGINE) {
            return ff + " (no MSA power class applies)";
        }
        return ff + " class " + (d.getMsaPowerClass() == null ? "(not given)" : d.getMsaPowerClass());
    }

    static String name(TransceiverDesign d) {
        String name = d.getName() == null || d.getName().isBlank() ? d.getId() : d.getName();
        return name == null ? "(unnamed design)" : name;
    }
}
