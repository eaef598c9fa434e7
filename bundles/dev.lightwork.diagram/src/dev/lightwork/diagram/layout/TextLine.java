package dev.lightwork.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.SceneNode;

/**
 * One line of a node's text with its font. The single rule for how node labels are set (first line bold: the
 * name; further lines regular: the figures), shared by the layout that sizes boxes and the renderer that draws.
 */
public record TextLine(String text, DiagramFont font) {

    /** Inner padding of a box around its text. */
    public static final double PAD_X = 8;
    public static final double PAD_Y = 5;

    public static List<TextLine> of(SceneNode node) {
        DiagramFont f = node.style().font();
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < node.label().size(); i++) {
            out.add(new TextLine(node.label().get(i), new DiagramFont(f.family(), f.size(), i == 0 || f.bold() && !node.isContainer())));
        }
        return out;
    }
}
