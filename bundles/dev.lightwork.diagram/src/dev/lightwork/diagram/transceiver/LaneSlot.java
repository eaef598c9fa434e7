package dev.lightwork.diagram.transceiver;

import java.util.function.Function;

import dev.lightwork.model.Lane;
import dev.lightwork.model.NamedElement;

/** The positions of a lane's part chain, in signal order (the driver feeds the laser or the modulator). */
public enum LaneSlot {
    DRIVER("Driver", Lane::getDriver),
    LASER("Laser", Lane::getLaser),
    MODULATOR("Modulator", Lane::getModulator),
    MUX("Mux", Lane::getMux),
    CHANNEL("Channel", Lane::getChannel),
    DEMUX("Demux", Lane::getDemux),
    PHOTODETECTOR("Photodetector", Lane::getPhotodetector),
    TIA("TIA", Lane::getTia);

    private final String title;
    private final Function<Lane, NamedElement> part;

    LaneSlot(String title, Function<Lane, NamedElement> part) {
        this.title = title;
        this.part = part;
    }

    public String title() {
        return title;
    }

    /** The lane's element in this slot, or null when the lane has none (e.g. no modulator on an EML lane). */
    public NamedElement of(Lane lane) {
        return part.apply(lane);
    }
}
