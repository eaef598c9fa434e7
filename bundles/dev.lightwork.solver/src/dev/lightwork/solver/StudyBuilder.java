package dev.lightwork.solver;

import java.util.List;

import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.DesignConstraint;
import dev.lightwork.model.DesignVariable;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.Metric;
import dev.lightwork.model.Objective;
import dev.lightwork.model.OptimisationSense;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.VariableKind;

/** Builds model {@link TradeStudy} objects in code (tests, benchmarks, tools); the result is ordinary model content. */
public final class StudyBuilder {

    private static final LightworkFactory F = LightworkFactory.eINSTANCE;
    private final TradeStudy study = F.createTradeStudy();

    public StudyBuilder(String id) {
        study.setId(id);
        study.setName(id);
    }

    public StudyBuilder timeLimit(double seconds) {
        study.setTimeLimitS(seconds);
        return this;
    }

    /** A catalogue choice for a slot (part kind or component id). */
    public StudyBuilder choice(String id, String slot, String... options) {
        return variable(id, VariableKind.CATALOG_CHOICE, slot, options);
    }

    public StudyBuilder reach(String id, String... metres) {
        return variable(id, VariableKind.REACH, null, metres);
    }

    public StudyBuilder formFactor(String id, String... formFactors) {
        return variable(id, VariableKind.FORM_FACTOR, null, formFactors);
    }

    public StudyBuilder variable(String id, VariableKind kind, String slot, String... options) {
        DesignVariable v = F.createDesignVariable();
        v.setId(id);
        v.setName(id);
        v.setKind(kind);
        v.setSlot(slot);
        v.getOptions().addAll(List.of(options));
        study.getVariables().add(v);
        return this;
    }

    public StudyBuilder minimise(Metric metric) {
        return objective(metric, OptimisationSense.MINIMIZE, null);
    }

    public StudyBuilder maximise(Metric metric) {
        return objective(metric, OptimisationSense.MAXIMIZE, null);
    }

    public StudyBuilder objective(Metric metric, OptimisationSense sense, String attribute) {
        Objective o = F.createObjective();
        o.setMetric(metric);
        o.setSense(sense);
        o.setAttribute(attribute);
        study.getObjectives().add(o);
        return this;
    }

    public StudyBuilder constraint(Metric metric, ConstraintOperator operator, double bound) {
        return constraint(metric, operator, bound, null);
    }

    public StudyBuilder constraint(Metric metric, ConstraintOperator operator, double bound, String attribute) {
        DesignConstraint c = F.createDesignConstraint();
        c.setMetric(metric);
        c.setOperator(operator);
        c.setBound(bound);
        c.setAttribute(attribute);
        study.getConstraints().add(c);
        return this;
    }

    public TradeStudy build() {
        return study;
    }
}
