package dev.lightwork.diagram.scene;

/**
 * A font request, free of any toolkit type. The family is a generic name ("SansSerif") that every painter maps
 * to its own; size is in scene units.
 */
public record DiagramFont(String family, double size, boolean bold) {

    public static final String SANS = "SansSerif";

    public static DiagramFont sans(double size, boolean bold) {
        return new DiagramFont(SANS, size, bold);
    }
}
