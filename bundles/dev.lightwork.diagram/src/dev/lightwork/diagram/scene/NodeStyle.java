package dev.lightwork.diagram.scene;

/** How a node or container looks: fill, border, text colour and weight, corner and dash. */
public record NodeStyle(Rgb fill, Rgb border, Rgb text, double borderWidth, boolean dashed, boolean rounded, DiagramFont font) {

    public NodeStyle withFill(Rgb newFill) {
        return new NodeStyle(newFill, border, text, borderWidth, dashed, rounded, font);
    }

    public NodeStyle withBorder(Rgb newBorder, double width, boolean dash) {
        return new NodeStyle(fill, newBorder, text, width, dash, rounded, font);
    }

    public NodeStyle withFont(DiagramFont newFont) {
        return new NodeStyle(fill, border, text, borderWidth, dashed, rounded, newFont);
    }
}
