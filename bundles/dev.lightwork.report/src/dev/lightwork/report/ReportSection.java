package dev.lightwork.report;

import dev.lightwork.report.render.Figure;
import dev.lightwork.report.render.Xhtml;

/** One section of the report (a heading, an anchor and its content). */
interface ReportSection {

    /** Anchor id, unique in the report. */
    String id();

    String title();

    /** Whether this report has the section (e.g. the comparison only when a revision is compared). */
    default boolean applies(ReportInput input) {
        return true;
    }

    /** Writes the content (without the heading) for {@code input}; figures it embeds go to {@code figures}. */
    void write(Xhtml out, ReportInput input, FigureSink figures);

    /** Where a section puts a figure: the HTML gets its SVG inline, the PDF paints it on its own canvas. */
    interface FigureSink {
        void embed(Xhtml out, Figure figure);
    }
}
