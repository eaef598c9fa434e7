/**
 * The trade-study API: results ({@code StudyResult}, {@code ParetoPoint}, {@code Optimum}, {@code Infeasibility}),
 * objectives and variables, progress and cancellation, and materialising a chosen point into a design. Free of Choco.
 */
package dev.lightwork.solver;
