package dev.lightwork.diagram.description;

import dev.lightwork.analysis.validation.StatusBand;

/**
 * Choices a caller makes per rendering.
 *
 * @param laneId            the lane the link diagram shows (lane id, or its index as text); null = the worst lane
 * @param groupThreshold    lane count above which lanes with an identical part chain and the same verdict are
 *                          collapsed into one group node (failing lanes never are); {@link Integer#MAX_VALUE} = never
 * @param marginHeadroomDb  display band above the required margin that is still shown amber (a review
 *                          convention, not a standard limit)
 * @param thermalHeadroomK  display band below a thermal limit that is shown amber
 */
public record DiagramOptions(String laneId, int groupThreshold, double marginHeadroomDb, double thermalHeadroomK) {

    /** Worst lane; group above 16 lanes; amber within 1 dB of the required margin and 5 K of a thermal limit. */
    public static final DiagramOptions DEFAULT = new DiagramOptions(null, 16, StatusBand.DEFAULT_MARGIN_BAND_DB, StatusBand.DEFAULT_THERMAL_BAND_K);

    public DiagramOptions {
        if (groupThreshold < 1) {
            throw new IllegalArgumentException("group threshold must be at least 1 lane, was " + groupThreshold);
        }
        if (!(marginHeadroomDb >= 0) || !(thermalHeadroomK >= 0)) {
            throw new IllegalArgumentException("display headrooms must be >= 0, were " + marginHeadroomDb + " dB and " + thermalHeadroomK + " K");
        }
    }

    public DiagramOptions withLane(String lane) {
        return new DiagramOptions(lane, groupThreshold, marginHeadroomDb, thermalHeadroomK);
    }

    /** The user's warning bands (link margin dB above required, thermal K below limit), as the tables use them. */
    public DiagramOptions withBands(double marginBandDb, double thermalBandK) {
        return new DiagramOptions(laneId, groupThreshold, marginBandDb, thermalBandK);
    }

    public DiagramOptions withGroupThreshold(int threshold) {
        return new DiagramOptions(laneId, threshold, marginHeadroomDb, thermalHeadroomK);
    }
}
