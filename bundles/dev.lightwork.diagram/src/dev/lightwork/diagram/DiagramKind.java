package dev.lightwork.diagram;

import java.util.Locale;
import java.util.function.Supplier;

import dev.lightwork.diagram.description.DiagramDescription;
import dev.lightwork.diagram.transceiver.ArchitectureDiagram;
import dev.lightwork.diagram.transceiver.LinkDiagram;
import dev.lightwork.diagram.transceiver.ThermalDiagram;

/** The diagrams Lightwork draws of a design; each is a {@link DiagramDescription}. */
public enum DiagramKind {
    /** Module container, host interface, DSP(s), lanes as rows of their part chain, packaging and power. */
    ARCHITECTURE(ArchitectureDiagram::description),
    /** One lane end to end with its link-budget terms on the edges and the margin at the receiver. */
    LINK(LinkDiagram::description),
    /** Thermal nodes (temperature vs limit) and paths (K/W, heat carried). */
    THERMAL(ThermalDiagram::description);

    private final Supplier<DiagramDescription> factory;
    private DiagramDescription description;

    DiagramKind(Supplier<DiagramDescription> factory) {
        this.factory = factory;
    }

    /** The description (built once; descriptions hold no state of a rendering). */
    public synchronized DiagramDescription description() {
        if (description == null) {
            description = factory.get();
        }
        return description;
    }

    /** Lower-case name as the CLI spells it ("architecture", "link", "thermal"). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name} (case-insensitive), with the valid names in the error. */
    public static DiagramKind parse(String name) {
        for (DiagramKind k : values()) {
            if (k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown diagram kind '" + name + "'; known: architecture, link, thermal");
    }
}
