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
        return create(tool, null, null).command();
    }

    /**
     * What a creation tool makes: {@code command} adds {@code created}; {@code replaces} when it also takes the place
     * of a part in a lane.
     */
    public record Creation(Command command, EObject created, boolean replaces) {
    }

    /**
     * A creation tool's click on {@code under} (null = empty canvas) with catalogue part {@code part} (null = the first
     * of the tool's kind). On a part of the same slot in a lane row the new part replaces it in that row's lanes and
     * sits on the replaced part's thermal node; elsewhere it sits on the thermal node the parts of its kind share, if
     * they share one (a new laser goes where the lasers are), else on none.
     */
    public Creation create(Tool tool, CatalogPart part, SceneNode under) {
        if (tool == Tool.THERMAL_NODE) {
            return createThermalNode();
        }
        if (tool.part() == null) {
            return new Creation(UnexecutableCommand.INSTANCE, null, false);
        }
        CatalogPart chosen = part;
        if (chosen == null) {
            List<CatalogPart> parts = library.parts(tool.part());
            if (parts.isEmpty()) {
                return new Creation(UnexecutableCommand.INSTANCE, null, false);
            }
            chosen = parts.get(0);
        }
        Component c = PartFactory.create(chosen, freeId(tool.name().toLowerCase(java.util.Locale.ROOT).replace("_", "")));
        EReference slot = slot(c);
        Component replaced = under != null && under.target() instanceof Component old && old != c && slot != null && slot(old) == slot
                && !lanesAt(under).isEmpty() ? old : null;
        if (replaced == null) {
            c.setThermalNode(sharedThermalNode(slot));
            return new Creation(AddCommand.create(domain, design, Literals.TRANSCEIVER_DESIGN__COMPONENTS, c), c, false);
        }
        c.setThermalNode(replaced.getThermalNode());
        CompoundCommand cc = new CompoundCommand("Replace " + replaced.getId() + " by " + chosen.id());
        cc.append(AddCommand.create(domain, design, Literals.TRANSCEIVER_DESIGN__COMPONENTS, c));
        for (Lane lane : lanesAt(under)) {
            if (c instanceof Connector con) {
                if (lane.getChannel() != null && lane.getChannel().getConnectors().contains(replaced)) {
                    int at = lane.getChannel().getConnectors().indexOf(replaced);
                    cc.append(org.eclipse.emf.edit.command.RemoveCommand.create(domain, lane.getChannel(), Literals.CHANNEL__CONNECTORS, replaced));
                    cc.append(AddCommand.create(domain, lane.getChannel(), Literals.CHANNEL__CONNECTORS, con, at));
                }
            } else if (lane.eGet(slot) == replaced) {
                cc.append(SetCommand.create(domain, lane, slot, c));
            }
        }
        return new Creation(cc, c, true);
    }

    /** The thermal node every existing part of this lane slot sits on, or null when they differ or there are none. */
    private ThermalNode sharedThermalNode(EReference slot) {
        ThermalNode shared = null;
        for (Component other : design.getComponents()) {
            if (slot != null && slot(other) == slot) {
                if (other.getThermalNode() == null || shared != null && shared != other.getThermalNode()) {
                    return null;
                }
                shared = other.getThermalNode();
            }
        }
        return shared;
    }

    private Creation createThermalNode() {
        ThermalNode node = LightworkFactory.eINSTANCE.createThermalNode();
        node.setId(freeId("tn"));
        node.setName("Thermal node " + node.getId());
        ThermalNetwork net = design.getThermalNetwork();
        if (net == null) {
            net = LightworkFactory.eINSTANCE.createThermalNetwork();
            net.getNodes().add(node);
            return new Creation(SetCommand.create(domain, design, Literals.TRANSCEIVER_DESIGN__THERMAL_NETWORK, net), node, false);
        }
        return new Creation(AddCommand.create(domain, net, Literals.THERMAL_NETWORK__NODES, node), node, false);
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
