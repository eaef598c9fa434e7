/**
 * The design-review report: its API ({@code DesignReport}, {@code ReportInput}) and its content, one
 * {@code ReportSection} per section; {@code HtmlReport} composes them. Rendering lives in {@code report.render}.
 */
package dev.lightwork.report;
