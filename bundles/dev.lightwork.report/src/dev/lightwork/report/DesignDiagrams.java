package dev.lightwork.report;

import java.util.ArrayList;
import java.util.List;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.paint.SceneRenderer;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.report.render.Figure;

/**
 * The report's diagrams from the diagram bundle: architecture, the worst lane's link, the thermal network. Each is
 * the same scene the SVG/PNG exporter and the editors draw, painted through the diagram bundle's Java2D painter
 * (vector in the PDF, SVG in the HTML). A diagram that cannot be drawn (e.g. the link of a design without lanes)
 * is left out; the report's diagram section names what is missing.
 */
public final class DesignDiagrams implements ReportFigures {

    public static final DesignDiagrams STANDARD = new DesignDiagrams();

    private DesignDiagrams() {
    }

    @Override
    public List<Figure> figures(DesignAnalysis analysis) {
        List<Figure> figures = new ArrayList<>();
        add(figures, "Architecture", DiagramKind.ARCHITECTURE, analysis);
        if (!analysis.linkBudgets().isEmpty()) {
            String lane = analysis.worstLane().map(b -> " (worst lane " + b.laneId() + ")").orElse("");
            add(figures, "Link" + lane, DiagramKind.LINK, analysis);
        }
        if (analysis.design().getThermalNetwork() != null) {
            add(figures, "Thermal network", DiagramKind.THERMAL, analysis);
        }
        return figures;
    }

    private static void add(List<Figure> figures, String title, DiagramKind kind, DesignAnalysis analysis) {
        Scene scene = Diagrams.scene(kind, analysis, DiagramOptions.DEFAULT);
        figures.add(Figure.of(title, scene.width(), scene.height(), g -> SceneRenderer.render(scene, new Graphics2DPainter(g))));
    }
}
