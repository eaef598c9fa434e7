package dev.lightwork.solver;

import java.math.BigInteger;
import java.util.List;

/**
 * The outcome of a study: the Pareto front (every point re-validated), whether the search finished (exact) or
 * was stopped by the time limit or the monitor (partial: the front found so far), and, when nothing is feasible,
 * the explanation naming the tightest constraint.
 */
public record StudyResult(String study, List<StudyVariable> variables, List<StudyObjective> objectives, List<ParetoPoint> front,
        boolean partial, String stopReason, BigInteger combinations, long solverNodes, double measureSeconds, double solveSeconds,
        double validateSeconds, List<String> notes, Infeasibility infeasibility) {

    public boolean feasible() {
        return !front.isEmpty();
    }
}
