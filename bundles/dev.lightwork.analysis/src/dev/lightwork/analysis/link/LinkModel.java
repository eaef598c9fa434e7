package dev.lightwork.analysis.link;

import dev.lightwork.library.ReferenceLibrary;

/**
 * Parameters of the link model that are neither part of the design nor of a PMD (data/link-model.csv, each with its
 * source): the excess loss of one 1x2 splitter stage, and the smallest BER the model reports as a value.
 */
public record LinkModel(double splitterStageExcessLossDb, double berFloor) {

    private static volatile LinkModel shipped;

    public static LinkModel of(ReferenceLibrary library) {
        return new LinkModel(library.modelParameter("splitter_stage_excess_loss_db").value(), library.modelParameter("ber_floor").value());
    }

    /** The link model of the library shipped with the product. */
    public static LinkModel shipped() {
        LinkModel m = shipped;
        if (m == null) {
            m = of(ReferenceLibrary.load());
            shipped = m;
        }
        return m;
    }

    /**
     * The split of a source feeding {@code lanes} lanes: 10 log10 N for the ideal division plus the excess loss of a
     * binary tree of ceil(log2 N) 1x2 junctions; 0 for one lane.
     */
    public double splitLossDb(int lanes) {
        if (lanes <= 1) {
            return 0.0;
        }
        int stages = 32 - Integer.numberOfLeadingZeros(lanes - 1); // ceil(log2 N)
        return 10.0 * Math.log10(lanes) + stages * splitterStageExcessLossDb;
    }
}
