/**
 * Per-lane optical link budget by the IEEE 802.3 method: terms from the design and the PMD table, the margin, and
 * each PMD table term checked against its limit ({@code PmdCheck}).
 */
package dev.lightwork.analysis.link;
