package dev.lightwork.diagram.transceiver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.diagram.description.DiagramDescription;
import dev.lightwork.diagram.description.EdgeMapping;
import dev.lightwork.diagram.description.NodeMapping;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.scene.NodeStyle;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.Tia;
import dev.lightwork.model.util.ModelLabels;

/**
 * Link: one lane end to end, driver to receiver decision, with the link-budget terms on the edges (laser power
 * and derating, modulator/mux loss, Tx OMA and TDECQ, channel loss and penalties, demux loss, Rx OMA, sensitivity)
 * and the margin at the receiver node, coloured by verdict. The lane is chosen by {@code DiagramOptions.laneId}
 * (id, name or index), else the worst lane.
 */
public final class LinkDiagram {

    /** One stage of the lane: a part, or the receiver decision (whose target is the lane). */
    public record Stage(String key, EObject target, List<String> label, NodeStyle style) {
    }

    private record Chain(List<Stage> stages, List<Link> links) {
    }

    private LinkDiagram() {
    }

    public static DiagramDescription description() {
        NodeMapping<Stage> stage = NodeMapping.<Stage>named("stage").label((s, c) -> s.label()).key(Stage::key)
                .target(Stage::target)
                .styleBy((s, c) -> s.style());
        EdgeMapping<Link> term = EdgeMapping.<Link>named("term").from(Link::from).to(Link::to).labels((l, c) -> l.labels())
                .target(Link::target).style(Palette.OPTICAL);
        return DiagramDescription.named("link")
                .title(c -> "Link budget: " + Quantities.name(lane(c)) + " of " + Quantities.name(c.design()))
                .subtitle(LinkDiagram::subtitle)
                .legend(Verdicts::laneLegend)
                // top to bottom: a report page is portrait, and the budget terms read like a column of sums
                .direction(DiagramDescription.Direction.DOWN)
                .nodes(stage, c -> chain(c).stages())
                .edges(term, c -> chain(c).links());
    }

    /** The selected lane: by id, name or index; the worst lane when none is given. */
    public static Lane lane(DiagramContext c) {
        return c.memo(Lane.class, () -> select(c));
    }

    private static Lane select(DiagramContext c) {
        List<Lane> lanes = c.design().getLanes();
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("design " + c.design().getId() + " has no lanes: there is no link to draw");
        }
        String wanted = c.options().laneId();
        if (wanted == null) {
            String worst = c.analysis().worstLane().map(LinkBudget::laneId).orElse(lanes.get(0).getId());
            // a lane with unknown margin (problems) is worse than any number: show it first
            return LaneStatus.all(c).values().stream().filter(s -> Double.isNaN(s.marginDb())).map(LaneStatus::lane).findFirst()
                    .orElse(lanes.stream().filter(l -> worst.equals(l.getId())).findFirst().orElse(lanes.get(0)));
        }
        for (Lane l : lanes) {
            if (wanted.equals(l.getId()) || wanted.equals(l.getName()) || l.getIndex() != null && wanted.equals(l.getIndex().toString())) {
                return l;
            }
        }
        throw new IllegalArgumentException("design " + c.design().getId() + " has no lane '" + wanted + "' (lanes " + lanes.get(0).getId()
                + " to " + lanes.get(lanes.size() - 1).getId() + "; give an id, a name or an index)");
    }

    private static Chain chain(DiagramContext c) {
        return c.memo(Chain.class, () -> build(c));
    }

    private static Chain build(DiagramContext c) {
        Lane lane = lane(c);
        LaneStatus status = LaneStatus.of(lane, c);
        LinkBudget b = status.budget();
        List<Stage> stages = new ArrayList<>();
        List<List<String>> into = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        add(stages, into, pending, lane.getDriver(), "Driver", List.of(QuantityFormat.withUnit(lane.getDriver() == null ? null : lane.getDriver().getPowerMw(), 0, "mW")));
        Laser laser = lane.getLaser();
        add(stages, into, pending, laser, "Laser", List.of(QuantityFormat.withUnit(laser == null ? null : laser.getOutputPowerDbm(), 2, "dBm") + " at 25 °C"));
        pending.add("laser " + QuantityFormat.withUnit(b.laserOutputDbm(), 2, "dBm"));
        if (b.temperatureDeratingDb() != 0) {
            pending.add("derating " + QuantityFormat.loss(b.temperatureDeratingDb()));
        }
        if (b.sharedLaser()) {
            pending.add("split 1:" + b.laserLaneCount() + " " + QuantityFormat.loss(b.splitLossDb()));
        }
        Modulator mod = lane.getModulator();
        if (mod != null) {
            add(stages, into, pending, mod, "Modulator", List.of(ModelLabels.literal(mod.getModulatorType()) + " · ER " + QuantityFormat.withUnit(mod.getExtinctionRatioDb(), 1, "dB")));
            pending.add("modulator " + QuantityFormat.loss(b.modulatorLossDb()));
        }
        Multiplexer mux = lane.getMux();
        if (mux != null) {
            add(stages, into, pending, mux, "Mux", List.of(mux.getChannelCount() + " channels"));
            pending.add("mux " + QuantityFormat.loss(b.muxLossDb()));
        }
        if (b.txAttachLossDb() != 0) {
            pending.add("fibre attach " + QuantityFormat.loss(b.txAttachLossDb()));
        }
        pending.add("Tx OMA " + QuantityFormat.withUnit(b.txOmaDbm(), 2, "dBm") + " (avg " + QuantityFormat.withUnit(b.averageLaunchDbm(), 2, "dBm") + ") at TP2");
        pending.add("TDECQ " + QuantityFormat.withUnit(b.tdecqDb(), 2, "dB"));
        add(stages, into, pending, lane.getChannel(), "Channel", List.of("fibre " + QuantityFormat.loss(b.fibreLossDb()) + " · connectors "
                + QuantityFormat.loss(b.connectorLossDb()) + " · splices " + QuantityFormat.loss(b.spliceLossDb())));
        pending.add(QuantityFormat.loss(b.channelInsertionLossDb()) + " channel");
        if (b.penaltiesDb() != 0) {
            pending.add(QuantityFormat.loss(b.penaltiesDb()) + " penalties");
        }
        // TP3 is the receiver's MDI: the demux and fibre attach are inside the receiver, after it
        pending.add("Rx OMA " + QuantityFormat.withUnit(b.rxOmaDbm(), 2, "dBm") + " at TP3 (required " + QuantityFormat.withUnit(b.marginReferenceDbm(), 2, "dBm") + ")");
        Multiplexer demux = lane.getDemux();
        if (demux != null) {
            add(stages, into, pending, demux, "Demux", List.of(demux.getChannelCount() + " channels"));
            pending.add("demux " + QuantityFormat.loss(b.demuxLossDb()));
        }
        if (b.rxAttachLossDb() != 0) {
            pending.add("fibre attach " + QuantityFormat.loss(b.rxAttachLossDb()));
        }
        Photodetector pd = lane.getPhotodetector();
        add(stages, into, pending, pd, "Photodetector", List.of(QuantityFormat.withUnit(pd == null ? null : pd.getResponsivityAPerW(), 2, "A/W")));
        Tia tia = lane.getTia();
        add(stages, into, pending, tia, "TIA", List.of(QuantityFormat.withUnit(tia == null ? null : tia.getInputNoisePaPerRtHz(), 1, "pA/√Hz")));
        pending.add("OMA at PD " + QuantityFormat.withUnit(b.detectorOmaDbm(), 2, "dBm") + " · PMD sensitivity " + QuantityFormat.withUnit(b.pmdSensitivityDbm(), 2, "dBm"));
        List<String> rx = new ArrayList<>(List.of("Receiver (" + c.design().getOpticalPmd() + ")", Verdicts.margin(status) + " (required "
                + QuantityFormat.withUnit(Verdicts.required(c), 1, "dB") + ")", "BER pre-FEC " + (b.preFecBerIsBound() ? "< " : "") + QuantityFormat.berShort(b.preFecBer()) + " · post-FEC "
                        + (b.postFecBerIsBound() ? "< " : "") + QuantityFormat.berShort(b.postFecBer())));
        String problem = Verdicts.firstProblem(status);
        if (problem != null) {
            rx.add(problem);
        }
        stages.add(new Stage("receiver", lane, rx, Verdicts.style(status.band())));
        into.add(List.copyOf(pending));

        List<Link> links = new ArrayList<>();
        for (int i = 1; i < stages.size(); i++) {
            links.add(new Link(stages.get(i - 1), stages.get(i), into.get(i), lane));
        }
        return new Chain(List.copyOf(stages), List.copyOf(links));
    }

    /** Adds a part stage (skipped when the lane has none); the terms gathered so far label the edge into it. */
    private static void add(List<Stage> stages, List<List<String>> into, List<String> pending, NamedElement part, String role, List<String> figures) {
        if (part == null) {
            return;
        }
        List<String> label = new ArrayList<>(List.of(role, Quantities.name(part)));
        label.addAll(figures);
        stages.add(new Stage(role.toLowerCase(java.util.Locale.ROOT), part, label, Palette.NEUTRAL));
        into.add(List.copyOf(pending));
        pending.clear();
    }

    private static List<String> subtitle(DiagramContext c) {
        LaneStatus s = LaneStatus.of(lane(c), c);
        return List.of("Lane " + s.lane().getId() + " · " + Verdicts.margin(s) + " · " + s.band()
                + (c.options().laneId() == null ? " (worst lane; choose another with the lane option)" : ""));
    }
}
