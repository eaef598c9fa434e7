package dev.lightwork.diagram.scene;


/** Text measurement in scene units, so the layout sizes boxes with the same metrics the painter draws with. */
public interface TextMetrics {

    double width(String text, DiagramFont font);

    /** Distance from the top of a line to its baseline. */
    double ascent(DiagramFont font);

    /** Baseline-to-baseline distance. */
    double lineHeight(DiagramFont font);
}
