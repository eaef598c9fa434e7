/**
 * The engines behind the API: {@code TradeStudySolver} (exact Pareto front and optimum with Choco),
 * {@code BruteForce} (the enumeration it is checked against) and {@code GoalSeek}; their internals (separable model,
 * quantity layout, measures) stay package-private.
 */
package dev.lightwork.solver.engine;
