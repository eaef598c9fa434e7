package dev.lightwork.diagram.paint;

import java.util.List;

import dev.lightwork.diagram.layout.ElkLayout;
import dev.lightwork.diagram.layout.TextLine;
import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.LegendEntry;
import dev.lightwork.diagram.scene.NodeStyle;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneLabel;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.scene.ScenePort;

/**
 * Paints a laid-out scene through a {@link DiagramPainter}: background, title, containers before their contents,
 * edges above nodes (their labels on a white plate), legend. The only drawing code; every output format and the
 * editors go through it.
 */
public final class SceneRenderer {

    private static final Rgb WHITE = new Rgb(255, 255, 255);
    private static final Rgb TEXT = new Rgb(0x20, 0x24, 0x2a);
    private static final Rgb SUBTLE = new Rgb(0x55, 0x5d, 0x6a);
    private static final double CORNER = 5;

    private SceneRenderer() {
    }

    public static void render(Scene scene, DiagramPainter painter) {
        painter.fillRect(new Rect(0, 0, scene.width(), scene.height()), WHITE, 0);
        title(scene, painter);
        for (SceneNode n : scene.roots()) {
            node(n, painter);
        }
        for (SceneEdge e : scene.edges()) {
            edge(e, painter);
        }
        legend(scene, painter);
    }

    private static void title(Scene scene, DiagramPainter p) {
        Rect t = scene.titleBounds();
        double y = t.y() + p.ascent(ElkLayout.TITLE_FONT);
        p.beginGroup("title", "title");
        p.text(scene.title(), t.x(), y, ElkLayout.TITLE_FONT, TEXT);
        y += p.lineHeight(ElkLayout.TITLE_FONT) - p.ascent(ElkLayout.TITLE_FONT);
        for (String line : scene.subtitle()) {
            p.text(line, t.x(), y + p.ascent(ElkLayout.SUBTITLE_FONT), ElkLayout.SUBTITLE_FONT, SUBTLE);
            y += p.lineHeight(ElkLayout.SUBTITLE_FONT);
        }
        p.endGroup();
    }

    private static void node(SceneNode n, DiagramPainter p) {
        NodeStyle s = n.style();
        Rect b = n.bounds();
        double corner = s.rounded() ? CORNER : 0;
        p.beginGroup(n.id(), n.isContainer() ? "container" : "node");
        p.fillRect(b, s.fill(), corner);
        p.drawRect(b, s.border(), s.borderWidth(), s.dashed(), corner);
        List<TextLine> lines = TextLine.of(n);
        double height = lines.stream().mapToDouble(l -> p.lineHeight(l.font())).sum();
        double y = n.isContainer() ? b.y() + TextLine.PAD_Y : b.y() + (b.height() - height) / 2;
        if (!lines.isEmpty() && !p.legible(lines.get(0).font())) {
            // too small to read: one legible line that says what the box is (a container's in its title band)
            p.summary(n.summary(), n.isContainer() ? new Rect(b.x(), b.y(), b.width(), Math.min(b.height(), height + TextLine.PAD_Y + ElkLayout.TITLE_GAP)) : b, s.text(),
                    s.fill());
            lines = List.of();
        }
        for (TextLine line : lines) {
            double w = p.width(line.text(), line.font());
            double x = n.isContainer() ? b.x() + TextLine.PAD_X : b.x() + (b.width() - w) / 2;
            p.text(line.text(), x, y + p.ascent(line.font()), line.font(), s.text());
            y += p.lineHeight(line.font());
        }
        for (ScenePort port : n.ports()) {
            p.fillRect(port.bounds(), s.border(), 0);
        }
        for (SceneNode child : n.children()) {
            node(child, p);
        }
        p.endGroup();
    }

    private static void edge(SceneEdge e, DiagramPainter p) {
        p.beginGroup(e.id(), "edge");
        p.polyline(e.route(), e.style().line(), e.style().width(), e.style().dashed(), e.style().arrow());
        DiagramFont f = e.style().font();
        for (SceneLabel l : e.labels()) {
            Rect b = l.bounds();
            p.fillRect(b, WHITE, 2);
            p.text(l.text(), b.x() + (b.width() - p.width(l.text(), f)) / 2, b.y() + (b.height() - p.lineHeight(f)) / 2 + p.ascent(f), f,
                    e.style().text());
        }
        p.endGroup();
    }

    private static void legend(Scene scene, DiagramPainter p) {
        if (scene.legend().isEmpty()) {
            return;
        }
        Rect lb = scene.legendBounds();
        DiagramFont f = ElkLayout.LEGEND_FONT;
        double x = lb.x();
        double swatchHeight = p.lineHeight(f) - 2;
        p.beginGroup("legend", "legend");
        for (LegendEntry e : scene.legend()) {
            Rect swatch = new Rect(x, lb.y() + 2, ElkLayout.SWATCH_WIDTH, swatchHeight);
            p.fillRect(swatch, e.style().fill(), 0);
            p.drawRect(swatch, e.style().border(), Math.min(e.style().borderWidth(), 2), e.style().dashed(), 0);
            x += ElkLayout.SWATCH_WIDTH + ElkLayout.SWATCH_GAP;
            p.text(e.meaning(), x, lb.y() + 2 + p.ascent(f), f, TEXT);
            x += p.width(e.meaning(), f) + ElkLayout.LEGEND_ENTRY_GAP;
        }
        p.endGroup();
    }
}
