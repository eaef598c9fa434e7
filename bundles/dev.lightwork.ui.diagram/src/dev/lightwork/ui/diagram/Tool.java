package dev.lightwork.ui.diagram;

import java.util.List;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.library.PartKind;

/**
 * What a press on the canvas does: select/move/resize, create one kind of element, or draw one kind of connection.
 * Each diagram kind offers the tools that make sense on it ({@link #on(DiagramKind)}).
 */
public enum Tool {
    SELECT("Select", null),
    LASER("Laser", PartKind.LASER),
    MODULATOR("Modulator", PartKind.MODULATOR),
    DRIVER("Driver", PartKind.DRIVER),
    PHOTODETECTOR("Photodetector", PartKind.PHOTODETECTOR),
    TIA("TIA", PartKind.TIA),
    MUX("Mux", PartKind.MUX),
    CONNECTOR("Connector", PartKind.CONNECTOR),
    DSP("DSP", PartKind.DSP),
    THERMAL_NODE("Thermal node", null),
    /** Drag from a part to a lane row: the lane uses that part in its slot (e.g. Lane.laser). */
    LANE_WIRING("Wire to lane", null),
    /** Drag from one thermal node to another: a new thermal path. */
    THERMAL_PATH("Thermal path", null);

    private final String label;
    private final PartKind part;

    Tool(String label, PartKind part) {
        this.label = label;
        this.part = part;
    }

    public String label() {
        return label;
    }

    /** The catalogue kind a creation tool makes, or null. */
    public PartKind part() {
        return part;
    }

    public boolean creates() {
        return part != null || this == THERMAL_NODE;
    }

    public boolean connects() {
        return this == LANE_WIRING || this == THERMAL_PATH;
    }

    /** The palette of a diagram kind. */
    public static List<Tool> on(DiagramKind kind) {
        return switch (kind) {
            case ARCHITECTURE -> List.of(SELECT, LASER, MODULATOR, DRIVER, PHOTODETECTOR, TIA, MUX, CONNECTOR, DSP, LANE_WIRING);
            case THERMAL -> List.of(SELECT, THERMAL_NODE, THERMAL_PATH);
            case LINK -> List.of(SELECT);
        };
    }
}
