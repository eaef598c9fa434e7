package dev.lightwork.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.transceiver.LaneRow;
import dev.lightwork.diagram.transceiver.LaneStatus;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Driver;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.LightworkPackage.Literals;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.MuxDirection;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.Tia;
import dev.lightwork.model.TransceiverDesign;

/**
 * The model changes the diagram editor makes, each as an EMF command for the shared editing domain (so the tree
 * editor, the properties view and the diagram undo each other's work in one history). Invalid requests give an
 * empty Optional (connections) or an unexecutable command, never a half-done change.
 */
public final class DiagramCommands {

    private final EditingDomain domain;
    private final TransceiverDesign design;
    private final ReferenceLibrary library;

    public DiagramCommands(EditingDomain domain, TransceiverDesign design, ReferenceLibrary library) {
        this.domain = domain;
        this.design = design;
        this.library = library;
    }

    /**
     * A new element for a creation tool: a component from the first catalogue part of its kind (typical values
     * with their catalogue provenance; the designer then picks the exact part in the properties), or a thermal node.
     */
    public Command create(Tool tool) {
        if (tool == Tool.THERMAL_NODE) {
            ThermalNode node = LightworkFactory.eINSTANCE.createThermalNode();
            node.setId(freeId("tn"));
            node.setName("Thermal node " + node.getId());
            ThermalNetwork net = design.getThermalNetwork();
            if (net == null) {
                net = LightworkFactory.eINSTANCE.createThermalNetwork();
                net.getNodes().add(node);
                return SetCommand.create(domain, design, Literals.TRANSCEIVER_DESIGN__THERMAL_NETWORK, net);
            }
            return AddCommand.create(domain, net, Literals.THERMAL_NETWORK__NODES, node);
        }
        if (tool.part() == null) {
            return UnexecutableCommand.INSTANCE;
        }
        List<CatalogPart> parts = library.parts(tool.part());
        if (parts.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return create(tool, parts.get(0));
    }

    /** A new component of a creation tool from the catalogue part the designer chose (of the tool's kind). */
    public Command create(Tool tool, CatalogPart part) {
        if (tool.part() == null || part.kind() != tool.part()) {
            return UnexecutableCommand.INSTANCE;
        }
        Component c = PartFactory.create(part, freeId(tool.name().toLowerCase(java.util.Locale.ROOT).replace("_", "")));
        return AddCommand.create(domain, design, Literals.TRANSCEIVER_DESIGN__COMPONENTS, c);
    }

    /** Lanes a drop on {@code target} wires: a lane row's lane, or every lane of a collapsed group row. */
    public static List<Lane> lanesAt(SceneNode target) {
        for (SceneNode n = target; n != null; n = n.parent()) {
            if (n.element() instanceof LaneRow row) {
                return row.lanes().stream().map(LaneStatus::lane).toList();
            }
            if (n.element() instanceof Lane lane) {
                return List.of(lane);
            }
        }
        return List.of();
    }

    /** The part a wiring drag starts from, if the node stands for a part a lane can use. */
    public static Optional<Component> wirablePart(SceneNode source) {
        return source != null && source.target() instanceof Component c && slot(c) != null ? Optional.of(c) : Optional.empty();
    }

    /** Lane wiring: the lanes at {@code target} use {@code part} in its slot. Empty when that is not a valid connection. */
    public Optional<Command> wire(Component part, SceneNode target) {
        EReference slot = slot(part);
        List<Lane> lanes = lanesAt(target);
        if (slot == null || lanes.isEmpty()) {
            return Optional.empty();
        }
        CompoundCommand cc = new CompoundCommand("Wire " + part.getId() + " to " + (lanes.size() == 1 ? lanes.get(0).getId() : lanes.size() + " lanes"));
        for (Lane lane : lanes) {
            if (part instanceof Connector con) {
                if (lane.getChannel() == null || lane.getChannel().getConnectors().contains(con)) {
                    continue;
                }
                cc.append(AddCommand.create(domain, lane.getChannel(), Literals.CHANNEL__CONNECTORS, con));
            } else if (lane.eGet(slot) != part) {
                cc.append(SetCommand.create(domain, lane, slot, part));
            }
        }
        return cc.isEmpty() || !cc.canExecute() ? Optional.empty() : Optional.of(cc.unwrap());
    }

    /** The thermal node a thermal-path drag can start or end at. */
    public static Optional<ThermalNode> thermalNode(SceneNode n) {
        return n != null && n.target() instanceof ThermalNode t ? Optional.of(t) : Optional.empty();
    }

    /**
     * A new thermal path between two different nodes that are not yet connected. Its resistance starts unset: the
     * editor opens the value editor at once so the designer enters it (no invented number).
     */
    public Optional<Command> thermalPath(ThermalNode from, ThermalNode to) {
        ThermalNetwork net = design.getThermalNetwork();
        if (from == to || net == null || from.eContainer() != net || to.eContainer() != net) {
            return Optional.empty();
        }
        for (ThermalPath p : net.getPaths()) {
            if (p.getFrom() == from && p.getTo() == to || p.getFrom() == to && p.getTo() == from) {
                return Optional.empty();
            }
        }
        ThermalPath path = LightworkFactory.eINSTANCE.createThermalPath();
        path.setFrom(from);
        path.setTo(to);
        return Optional.of(AddCommand.create(domain, net, Literals.THERMAL_NETWORK__PATHS, path));
    }

    /** Deletes model elements (and every reference to them, e.g. lanes using a deleted laser). */
    public Command delete(Collection<? extends EObject> elements) {
        List<EObject> deletable = new ArrayList<>();
        for (EObject e : elements) {
            // the design root and the module are not deleted from a diagram
            if (e != design && e.eContainer() != null) {
                deletable.add(e);
            }
        }
        return deletable.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, deletable);
    }

    /** Sets the main value of {@code element} (null = unset). */
    public Command setValue(EObject element, MainValue value, Double number) {
        return SetCommand.create(domain, element, value.attribute(), number == null ? SetCommand.UNSET_VALUE : number);
    }

    /** The lane reference a part of this type occupies, or null. */
    static EReference slot(Component c) {
        if (c instanceof Laser) {
            return Literals.LANE__LASER;
        } else if (c instanceof Modulator) {
            return Literals.LANE__MODULATOR;
        } else if (c instanceof Driver) {
            return Literals.LANE__DRIVER;
        } else if (c instanceof Photodetector) {
            return Literals.LANE__PHOTODETECTOR;
        } else if (c instanceof Tia) {
            return Literals.LANE__TIA;
        } else if (c instanceof Dsp) {
            return Literals.LANE__DSP;
        } else if (c instanceof Multiplexer m) {
            return m.getDirection() == MuxDirection.DEMUX ? Literals.LANE__DEMUX : Literals.LANE__MUX;
        } else if (c instanceof Connector) {
            return Literals.CHANNEL__CONNECTORS;
        }
        return null;
    }

    /** {@code prefix}N with the smallest N not used as an id anywhere in the design. */
    String freeId(String prefix) {
        Set<String> used = new HashSet<>();
        design.eAllContents().forEachRemaining(o -> {
            if (o instanceof NamedElement n && n.getId() != null) {
                used.add(n.getId());
            }
        });
        for (int i = 1;; i++) {
            if (!used.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }
}
