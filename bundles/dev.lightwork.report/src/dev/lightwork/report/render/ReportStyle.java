package dev.lightwork.report.render;

/** The report's inline style sheet: CSS 2.1 plus paged media, which both browsers and openhtmltopdf understand. */
public final class ReportStyle {

    private ReportStyle() {
    }

    public static final String CSS = """
            @page { size: A4 landscape; margin: 12mm;
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: sans-serif; font-size: 8pt; color: #555; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #212121; margin: 0 auto; max-width: 1400px; }
            h1 { font-size: 17pt; margin: 0 0 6px 0; }
            h2 { font-size: 13pt; border-bottom: 2px solid #1565c0; padding-bottom: 2px; margin-top: 18px; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 12px 0 4px 0; page-break-after: avoid; }
            table { border-collapse: collapse; margin: 4px 0 8px 0; }
            th, td { border: 1px solid #bdbdbd; padding: 2px 4px; text-align: left; vertical-align: top; }
            thead th { background: #eceff1; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            table.lanes { font-size: 7pt; width: 100%; }
            table.lanes td, table.lanes th { padding: 1px 2px; }
            td.num { text-align: right; white-space: nowrap; }
            .unit { font-weight: normal; color: #555; }
            .pass { background: #c8e6c9; }
            .fail { background: #ffcdd2; }
            .warn { background: #ffe0b2; }
            .unknown { background: #e0e0e0; }
            tr.failing td.lane { font-weight: bold; }
            td.problems { font-size: 6.5pt; }
            table#diagnostics-table td.source { font-size: 7.5pt; width: 24%; }
            table#diagnostics-table td.cause { width: 15%; }
            tr.root td.message { font-weight: bold; }
            tr.consequence td { color: #424242; }
            tr.consequence td.message { padding-left: 18px; }
            table.titleblock th { width: 130px; background: #eceff1; }
            td.verdict { font-weight: bold; font-size: 12pt; }
            table.summary th { background: #eceff1; width: 150px; }
            table.summary td { font-size: 10pt; }
            nav.toc ol { margin: 4px 0; padding-left: 20px; }
            figure { display: block; margin: 8px 0; page-break-inside: avoid; }
            figure div.svg svg { max-width: 100%; height: auto; }
            figcaption { display: block; font-size: 8.5pt; color: #424242; margin-top: 2px; }
            p.source { font-size: 8.5pt; }
            footer { margin-top: 16px; font-size: 8pt; color: #555; }
            table.approval { width: 100%; margin-top: 6px; }
            table.approval td { height: 22px; }
            """;

    /**
     * Added for the PDF only: the embedded font everywhere, table headers repeated on every page a table spans
     * (openhtmltopdf's paginate), no table starting in the last few millimetres of a page, and the 31-column lane table
     * small enough to fit the width of an A4 landscape page (a browser scrolls it; paper cuts it off).
     */
    public static final String PDF_CSS = """
            body, th, td, h1, h2, h3, figcaption, footer { font-family: 'DejaVu Sans'; }
            @page { @bottom-right { font-family: 'DejaVu Sans'; } }
            table { -fs-table-paginate: paginate; -fs-page-break-min-height: 1.5cm; }
            table.lanes { font-size: 5.5pt; }
            table.lanes td, table.lanes th { padding: 0.5px 1px; }
            """;
}
