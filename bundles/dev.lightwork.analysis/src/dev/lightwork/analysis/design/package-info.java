/**
 * The entry point of the analysis: {@code DesignAnalyzer} turns a design into one {@code DesignAnalysis} (every lane's
 * link budget, power, thermal and the diagnostics); {@code LiveDesignAnalysis} keeps it current under edits;
 * {@code DesignValidator} is the EMF {@code EValidator} over it. Every face reads this result, none re-derives it.
 */
package dev.lightwork.analysis.design;
