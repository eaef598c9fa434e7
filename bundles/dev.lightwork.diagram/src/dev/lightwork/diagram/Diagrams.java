package dev.lightwork.diagram;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.description.SceneFactory;
import dev.lightwork.diagram.layout.ElkLayout;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.scene.Scene;

/**
 * Entry point for reports, the CLI and tests: a diagram of an analysed design as a laid-out {@link Scene}, SVG
 * text or PNG bytes. Headless and thread-safe.
 *
 * <pre>{@code
 * DesignAnalysis a = new DesignAnalyzer(ReferenceLibrary.load()).analyze(design);
 * String svg = Diagrams.svg(DiagramKind.ARCHITECTURE, a);
 * byte[] png = Diagrams.png(DiagramKind.THERMAL, a, 2.0);
 * String lane5 = Diagrams.svg(DiagramKind.LINK, a, DiagramOptions.DEFAULT.withLane("lane5"));
 * }</pre>
 *
 * Errors in the request (an unknown lane, a bad scale) are {@link IllegalArgumentException}s naming the value.
 */
public final class Diagrams {

    private Diagrams() {
    }

    /** The diagram as a scene graph, laid out (for editors: bounds, back-references to model elements). */
    public static Scene scene(DiagramKind kind, DesignAnalysis analysis, DiagramOptions options) {
        Scene scene = SceneFactory.create(kind.description(), new DiagramContext(analysis, options));
        new ElkLayout(new Graphics2DPainter.Java2DTextMetrics()).layout(scene, kind.description());
        return scene;
    }

    public static String svg(DiagramKind kind, DesignAnalysis analysis) {
        return svg(kind, analysis, DiagramOptions.DEFAULT);
    }

    public static String svg(DiagramKind kind, DesignAnalysis analysis, DiagramOptions options) {
        return DiagramImages.svg(scene(kind, analysis, options));
    }

    /** PNG at {@code scale} pixels per scene unit (1 = screen size, 2 = sharp on paper/HiDPI). */
    public static byte[] png(DiagramKind kind, DesignAnalysis analysis, double scale) {
        return png(kind, analysis, DiagramOptions.DEFAULT, scale);
    }

    public static byte[] png(DiagramKind kind, DesignAnalysis analysis, DiagramOptions options, double scale) {
        return DiagramImages.png(scene(kind, analysis, options), scale);
    }

    /** The link diagram of one lane (id, name or index). */
    public static String linkSvg(DesignAnalysis analysis, String lane) {
        return svg(DiagramKind.LINK, analysis, DiagramOptions.DEFAULT.withLane(lane));
    }
}
