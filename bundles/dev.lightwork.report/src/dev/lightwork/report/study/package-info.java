/**
 * Trade-study results as files: the Pareto front as CSV, JSON (Gson) and an SVG scatter chart (the shared chart
 * stack). The solver computes; this package writes.
 */
package dev.lightwork.report.study;
