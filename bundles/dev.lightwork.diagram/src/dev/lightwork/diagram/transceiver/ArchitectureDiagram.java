package dev.lightwork.diagram.transceiver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.diagram.description.DiagramDescription;
import dev.lightwork.diagram.description.EdgeMapping;
import dev.lightwork.diagram.description.NodeMapping;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.description.PortMapping;
import dev.lightwork.diagram.scene.Side;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Driver;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.HostInterface;
import dev.lightwork.model.Laser;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.Tia;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.util.ModelLabels;

/**
 * Architecture: the module as a container (form factor, MSA class, power, case temperature) holding the host
 * interface, the DSP(s) with one port per lane row, and the lanes as rows driver -> laser -> modulator -> mux ->
 * channel -> demux -> photodetector -> TIA, each row coloured by its link margin. Above the grouping threshold,
 * alike lanes collapse into group rows ({@link LaneGrouping}).
 */
public final class ArchitectureDiagram {

    /** A part in one lane row (a shared part appears in every row that uses it). */
    public record SlotNode(LaneRow.Single row, LaneSlot slot, NamedElement part) {
    }

    /** A DSP's interface to one lane row. */
    public record DspPort(Dsp dsp, LaneRow row) {
    }

    private ArchitectureDiagram() {
    }

    public static DiagramDescription description() {
        NodeMapping<SlotNode> slot = NodeMapping.<SlotNode>named("part")
                .label(ArchitectureDiagram::slotLabel)
                .target(SlotNode::part)
                .key(s -> s.slot().name().toLowerCase(Locale.ROOT));

        NodeMapping<LaneRow> row = NodeMapping.<LaneRow>named("lane")
                .label(ArchitectureDiagram::rowLabel)
                .target(LaneRow::first)
                .key(r -> r instanceof LaneRow.Single s ? s.status().lane().getId() : "group-" + r.first().getId())
                .styleBy((r, c) -> r instanceof LaneRow.Single ? Palette.asContainer(Verdicts.style(r.worst().band())) : Verdicts.style(r.worst().band()))
                .children(slot, (r, c) -> r instanceof LaneRow.Single s ? slots(s) : List.of());

        NodeMapping<Dsp> dsp = NodeMapping.<Dsp>named("dsp")
                .label((d, c) -> List.of(Quantities.name(d), dspLine(d), "power " + QuantityFormat.withUnit(c.analysis().power().componentW().get(d.getId()), 2, "W")))
                .style(Palette.ACCENT)
                .ports(PortMapping.<DspPort>named("lane").side(Side.EAST).label((p, c) -> rowTitle(p.row()))
                        .key(p -> p.row().first().getId()).target(p -> p.row().first()),
                        (d, c) -> LaneGrouping.rows(c).stream().filter(r -> r.first().getDsp() == d).map(r -> new DspPort(d, r)).toList());

        NodeMapping<HostInterface> host = NodeMapping.<HostInterface>named("host")
                .label((h, c) -> h.getChannelLossDb() == null ? List.of("Host interface", hostLine(h))
                        : List.of("Host interface", hostLine(h), "host channel " + QuantityFormat.withUnit(h.getChannelLossDb(), 1, "dB")))
                .style(Palette.ACCENT);

        NodeMapping<TransceiverDesign> module = NodeMapping.<TransceiverDesign>named("module")
                .label(ArchitectureDiagram::moduleLabel)
                .style(Palette.CONTAINER)
                .styleWhen((d, c) -> !c.analysis().power().withinClass(), Palette.asContainer(Palette.FAIL))
                .children(host, (d, c) -> d.getHostInterface() == null ? List.of() : List.of(d.getHostInterface()))
                .children(dsp, (d, c) -> dsps(c))
                .children(row, (d, c) -> LaneGrouping.rows(c));

        EdgeMapping<Link> link = EdgeMapping.<Link>named("link").from(Link::from).to(Link::to).labels((l, c) -> l.labels())
                .target(Link::target)
                .styleWhen((l, c) -> l.from() instanceof SlotNode s && s.slot().ordinal() >= LaneSlot.LASER.ordinal(), Palette.OPTICAL);

        return DiagramDescription.named("architecture")
                .title(c -> "Architecture: " + Quantities.name(c.design()))
                .subtitle(ArchitectureDiagram::subtitle)
                .legend(Verdicts::laneLegend)
                .nodes(module, c -> List.of(c.design()))
                .edges(link, ArchitectureDiagram::links);
    }

    private static List<Dsp> dsps(DiagramContext c) {
        LinkedHashSet<Dsp> out = new LinkedHashSet<>();
        c.design().getLanes().forEach(l -> {
            if (l.getDsp() != null) {
                out.add(l.getDsp());
            }
        });
        return List.copyOf(out);
    }

    private static List<SlotNode> slots(LaneRow.Single row) {
        List<SlotNode> out = new ArrayList<>();
        for (LaneSlot s : LaneSlot.values()) {
            NamedElement part = s.of(row.status().lane());
            if (part != null) {
                out.add(new SlotNode(row, s, part));
            }
        }
        return out;
    }

    private static List<Link> links(DiagramContext c) {
        List<Link> out = new ArrayList<>();
        HostInterface host = c.design().getHostInterface();
        for (Dsp d : dsps(c)) {
            if (host != null) {
                out.add(new Link(host, d, List.of(QuantityFormat.withUnit(d.getLaneRateGbps(), 1, "Gb/s") + " x " + d.getLaneCount()), d));
            }
        }
        for (LaneRow r : LaneGrouping.rows(c)) {
            Dsp d = r.first().getDsp();
            Object from = d != null ? new DspPort(d, r) : host;
            if (from != null) {
                out.add(new Link(from, r, List.of(), r.first()));
            }
            if (r instanceof LaneRow.Single s) {
                List<SlotNode> chain = slots(s);
                for (int i = 1; i < chain.size(); i++) {
                    out.add(new Link(chain.get(i - 1), chain.get(i), List.of(), s.status().lane()));
                }
            }
        }
        return out;
    }

    private static List<String> rowLabel(LaneRow r, DiagramContext c) {
        LaneStatus worst = r.worst();
        List<String> out = new ArrayList<>();
        if (r instanceof LaneRow.Group g) {
            out.add(g.title());
            out.add(chain(r.first(), c));
            out.add("worst " + Verdicts.margin(worst) + " (" + worst.lane().getId() + ")");
        } else {
            out.add(rowTitle(r) + " · " + Verdicts.margin(worst) + " · " + QuantityFormat.withUnit(r.first().getBaudGbd(), 3, "GBd") + " " + ModelLabels.literal(r.first().getModulation()));
            String problem = Verdicts.firstProblem(worst);
            if (problem != null) {
                out.add(problem);
            }
        }
        return out;
    }

    private static String rowTitle(LaneRow r) {
        return r instanceof LaneRow.Group g ? g.title() : Quantities.name(r.first());
    }

    /** The group's part chain by catalogue id; a part shared by several lanes also by instance (which ELS). */
    private static String chain(dev.lightwork.model.Lane lane, DiagramContext c) {
        List<String> parts = new ArrayList<>();
        for (LaneSlot s : LaneSlot.values()) {
            NamedElement p = s.of(lane);
            if (p instanceof Component comp && comp.getCatalogPart() != null) {
                boolean shared = LaneGrouping.users(c).getOrDefault(p, 0) > 1;
                parts.add(comp.getCatalogPart() + (shared ? " [" + comp.getId() + "]" : ""));
            } else if (p instanceof Channel ch) {
                parts.add(QuantityFormat.withUnit(ch.getLengthM(), 0, "m") + " " + (ch.getFibreType() == null ? "" : ch.getFibreType().getLiteral()));
            } else if (p != null) {
                parts.add(Quantities.name(p));
            }
        }
        return String.join(" → ", parts);
    }

    private static List<String> slotLabel(SlotNode s, DiagramContext c) {
        int users = LaneGrouping.users(c).getOrDefault(s.part(), 1);
        String figure = figure(s, c);
        // a part several lanes share (a CW laser, an MPO channel) is one element drawn in each row: say so
        return List.of(s.slot().title(), Quantities.name(s.part()), users > 1 ? figure + " · shared by " + users + " lanes" : figure);
    }

    private static String figure(SlotNode s, DiagramContext c) {
        NamedElement p = s.part();
        if (p instanceof Laser l) {
            return QuantityFormat.withUnit(l.getOutputPowerDbm(), 1, "dBm") + " · " + QuantityFormat.withUnit(l.getWavelengthNm(), 0, "nm");
        } else if (p instanceof Modulator m) {
            return ModelLabels.literal(m.getModulatorType()) + " · IL " + QuantityFormat.withUnit(m.getInsertionLossDb(), 1, "dB");
        } else if (p instanceof Multiplexer m) {
            return "IL " + QuantityFormat.withUnit(m.getInsertionLossDb(), 1, "dB");
        } else if (p instanceof Channel ch) {
            var b = s.row().status().budget();
            return QuantityFormat.withUnit(ch.getLengthM(), 0, "m") + " · IL " + QuantityFormat.withUnit(b == null ? Double.NaN : b.channelInsertionLossDb(), 2, "dB");
        } else if (p instanceof Photodetector pd) {
            return QuantityFormat.withUnit(pd.getResponsivityAPerW(), 2, "A/W");
        } else if (p instanceof Tia t) {
            return QuantityFormat.withUnit(t.getInputNoisePaPerRtHz(), 1, "pA/√Hz");
        } else if (p instanceof Driver d) {
            return QuantityFormat.withUnit(d.getPowerMw(), 0, "mW");
        }
        return "";
    }

    private static String dspLine(Dsp d) {
        return (d.getProcessNodeNm() == null ? "" : d.getProcessNodeNm() + " nm · ") + ModelLabels.literal(d.getFec());
    }

    private static String hostLine(HostInterface h) {
        return (h.getLaneCount() == null ? "?" : h.getLaneCount()) + " x " + QuantityFormat.withUnit(h.getLaneRateGbps(), 2, "Gb/s") + " " + ModelLabels.literal(h.getModulation());
    }

    private static List<String> moduleLabel(TransceiverDesign d, DiagramContext c) {
        PowerBudget p = c.analysis().power();
        String msa = d.getMsaPowerClass() == null || d.getMsaPowerClass() == 0 || Double.isNaN(p.msaClassLimitW()) ? "no MSA power class"
                : "MSA class " + d.getMsaPowerClass() + " (limit " + QuantityFormat.withUnit(p.msaClassLimitW(), 1, "W") + ")";
        return List.of(Quantities.name(d),
                ModelLabels.literal(d.getFormFactor()) + " · " + msa + " · module power " + QuantityFormat.withUnit(p.totalW(), 2, "W") + " · " + QuantityFormat.withUnit(p.pJPerBit(), 1, "pJ/bit"),
                "case " + QuantityFormat.withUnit(d.getCaseTemperatureMinC(), 0, "°C").replace(" °C", "") + " to " + QuantityFormat.withUnit(d.getCaseTemperatureMaxC(), 0, "°C")
                        + " · " + (d.getOpticalPmd() == null ? "no optical PMD" : d.getOpticalPmd()) + " · " + ModelLabels.literal(d.getFec()) + " · " + d.getLanes().size() + " lanes");
    }

    private static List<String> subtitle(DiagramContext c) {
        List<LaneRow> rows = LaneGrouping.rows(c);
        long failing = LaneStatus.all(c).values().stream().filter(s -> s.band() == LaneStatus.Band.FAIL).count();
        String worst = c.analysis().worstLane().map(b -> "worst lane " + b.laneId() + " margin " + QuantityFormat.withUnit(b.marginDb(), 2, "dB")).orElse("no lane margin");
        return List.of("Verdict " + c.analysis().verdict() + " · " + worst + " · " + failing + " failing lane(s)",
                c.design().getLanes().size() + " lanes in " + rows.size() + " rows"
                        + (rows.size() < c.design().getLanes().size() ? " (alike passing lanes grouped above " + c.options().groupThreshold() + " lanes)" : ""));
    }
}
