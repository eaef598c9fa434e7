package dev.lightwork.report;

import java.util.List;

import dev.lightwork.report.render.Figure;
import dev.lightwork.report.render.Xhtml;

/** The diagrams supplied through {@link ReportFigures}, in the order given. */
final class DiagramsSection implements ReportSection {

    @Override
    public String id() {
        return "diagrams";
    }

    @Override
    public String title() {
        return "Diagrams";
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        List<Figure> list = input.figures().figures(input.analysis());
        if (list == null || list.isEmpty()) {
            out.element("p", "No diagrams were supplied for this report.");
            return;
        }
        for (Figure f : list) {
            figures.embed(out, f);
        }
    }
}
