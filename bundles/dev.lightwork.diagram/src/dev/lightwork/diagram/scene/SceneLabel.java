package dev.lightwork.diagram.scene;

/** One text label of an edge, with the box the layout gave it (absolute). */
public final class SceneLabel {

    private final String text;
    private Rect bounds = new Rect(0, 0, 0, 0);

    public SceneLabel(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public Rect bounds() {
        return bounds;
    }

    /** Set by the layout. */
    public void setBounds(Rect bounds) {
        this.bounds = bounds;
    }
}
