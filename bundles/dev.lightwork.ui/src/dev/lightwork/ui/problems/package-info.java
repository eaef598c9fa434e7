/**
 * Problems markers from the analysis diagnostics, on the element and attribute each names.
 */
package dev.lightwork.ui.problems;
