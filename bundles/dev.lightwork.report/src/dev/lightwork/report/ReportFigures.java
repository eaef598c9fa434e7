package dev.lightwork.report;

import java.util.List;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.report.render.Figure;

/**
 * The design's diagrams (architecture, link, thermal network), supplied by whoever draws them (the diagram
 * bundle, through the integrator), embedded in the report's "Diagrams" section in the order given. The report
 * bundle does not depend on the diagram bundle; {@link #NONE} leaves the section with a note.
 */
@FunctionalInterface
public interface ReportFigures {

    ReportFigures NONE = analysis -> List.of();

    /** Figures for {@code analysis}; may be empty, never null. Called once per report. */
    List<Figure> figures(DesignAnalysis analysis);
}
