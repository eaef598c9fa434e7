package dev.lightwork.ui.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.description.SceneFactory;
import dev.lightwork.diagram.layout.ElkLayout;
import dev.lightwork.diagram.paint.Graphics2DPainter;
import dev.lightwork.diagram.scene.NodeStyle;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/**
 * The scene an editor shows: the diagram description's scene (exactly what {@code Diagrams.scene} builds for the
 * export), plus on the architecture diagram a "Parts not in any lane" box so that a part just created from the
 * palette, or unwired from its lanes, can be seen, selected and wired; then the ELK layout and the manual positions.
 */
public final class EditorScenes {

    /** Id of the box of unwired parts; its children are {@code parts/part:<component id>}. */
    public static final String UNWIRED_ID = "parts";
    private static final NodeStyle UNWIRED_BOX = Palette.CONTAINER.withBorder(Palette.GREY, 1, true);

    private EditorScenes() {
    }

    public static Scene build(DiagramKind kind, DesignAnalysis analysis, DiagramOptions options, DiagramPositions positions) {
        Scene scene = SceneFactory.create(kind.description(), new DiagramContext(analysis, options));
        if (kind == DiagramKind.ARCHITECTURE) {
            addUnwired(scene, analysis.design());
        }
        new ElkLayout(new Graphics2DPainter.Java2DTextMetrics()).layout(scene, kind.description());
        new ManualPlacement(scene, kind.description().direction()).apply(positions.of(kind));
        fitFrame(scene);
        return scene;
    }

    /** Components no lane uses (and that are not lane-less by nature, like the MCU or DC-DC converter). */
    public static List<Component> unwired(TransceiverDesign design) {
        Set<Object> used = new HashSet<>();
        for (Lane l : design.getLanes()) {
            used.add(l.getDsp());
            used.add(l.getDriver());
            used.add(l.getLaser());
            used.add(l.getModulator());
            used.add(l.getMux());
            used.add(l.getDemux());
            used.add(l.getPhotodetector());
            used.add(l.getTia());
            if (l.getChannel() != null) {
                used.addAll(l.getChannel().getConnectors());
            }
        }
        List<Component> out = new ArrayList<>();
        for (Component c : design.getComponents()) {
            if (!used.contains(c) && DiagramCommands.slot(c) != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static void addUnwired(Scene scene, TransceiverDesign design) {
        List<Component> parts = unwired(design);
        if (parts.isEmpty()) {
            return;
        }
        SceneNode box = new SceneNode(UNWIRED_ID, design.getComponents(), null,
                List.of("Parts not in any lane", "drag with 'Wire to lane' onto a lane row"), UNWIRED_BOX, null);
        for (Component c : parts) {
            String value = MainValue.of(c).map(v -> {
                String t = v.text(c);
                return t.isEmpty() ? dev.lightwork.model.util.ModelLabels.attributeWords(v.attribute().getName()) + " not given" : t + " " + v.unit();
            }).orElse("");
            new SceneNode(UNWIRED_ID + "/part:" + c.getId(), c, c, List.of(dev.lightwork.model.util.ModelLabels.kind(c), name(c), value), Palette.NEUTRAL, box);
        }
        scene.addRoot(box);
    }

    private static String name(Component c) {
        return c.getName() != null && !c.getName().isBlank() ? c.getName() : c.getId();
    }

    /** Manual placement may move nodes past ELK's frame: grow the frame so export and scrolling include them. */
    private static void fitFrame(Scene scene) {
        double w = scene.width();
        double h = scene.height();
        for (SceneNode n : scene.roots()) {
            Rect b = n.bounds();
            w = Math.max(w, b.maxX() + ElkLayout.MARGIN);
            h = Math.max(h, b.maxY() + ElkLayout.MARGIN);
        }
        if (w != scene.width() || h != scene.height()) {
            scene.setFrame(Math.ceil(w), Math.ceil(h), scene.titleBounds(), scene.legendBounds());
        }
    }
}
