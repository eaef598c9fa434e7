package dev.lightwork.diagram.scene;

/** How an edge looks: line colour, width, dash, arrow at the target, and the font of its labels. */
public record EdgeStyle(Rgb line, double width, boolean dashed, boolean arrow, Rgb text, DiagramFont font) {

    public EdgeStyle withLine(Rgb colour) {
        return new EdgeStyle(colour, width, dashed, arrow, text, font);
    }
}
