package dev.lightwork.solver;

import java.util.List;

/**
 * The single-objective optimum under the study's constraints, whether it is proven (search finished), and its
 * sensitivity: for every variable and option, the best objective value when that option is forced (NaN when no
 * feasible design has it).
 */
public record Optimum(StudyObjective objective, ParetoPoint best, boolean proven, List<Sensitivity> sensitivity) {

    /** Best objective with {@code variable} forced to {@code option}; {@code delta} is its distance from the optimum. */
    public record Sensitivity(String variable, String option, double best, double delta, boolean optimumChoice) {
        public boolean feasible() {
            return !Double.isNaN(best);
        }
    }
}
