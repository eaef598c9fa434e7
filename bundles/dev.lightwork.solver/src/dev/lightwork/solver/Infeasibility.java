package dev.lightwork.solver;

import java.util.List;

/**
 * Why no design satisfies a study: the tightest constraint, the best value any design reaches for it (alone, or
 * together with the other constraints when each is satisfiable alone), its bound, and a sentence for the user.
 */
public record Infeasibility(String constraint, double bestAchievable, double bound, String unit, String message, List<String> details) {
}
