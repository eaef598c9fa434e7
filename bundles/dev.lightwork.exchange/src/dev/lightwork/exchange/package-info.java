/**
 * Exchange of designs with spreadsheets and Git: {@code WorkbookExport} writes the xlsx workbook whose link-budget cells
 * are formulas ({@code LinkBudgetFormulas}, the one place the spreadsheet knows the analyzer's arithmetic),
 * {@code WorkbookImport} reads edited inputs back (all or nothing), {@code DesignDiff} and {@code GitRevisions} compare
 * a design with another file or a Git revision of it. Plain Java (POI, JGit); no SWT.
 */
package dev.lightwork.exchange;
