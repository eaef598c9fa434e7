package dev.lightwork.report;

import java.util.Map;

import dev.lightwork.analysis.design.LaneGroup;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.PowerClass;
import dev.lightwork.library.Provenance;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Connector;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.render.Xhtml;

/** The inputs the results rest on, each with its source and confidence, so a reviewer can judge them. */
final class InputsSection implements ReportSection {

    @Override
    public String id() {
        return "inputs";
    }

    @Override
    public String title() {
        return "Inputs and their sources";
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        TransceiverDesign d = input.analysis().design();
        ReferenceLibrary lib = input.library();
        out.element("p", "Confidence: H = standard text seen in two sources or computed; M = one good source; "
                + "L = memory or typical value, check before relying on it.");
        pmd(out, d, lib);
        powerClass(out, d, lib);
        components(out, d, lib);
        channels(out, d);
        thermal(out, d);
    }

    private static void pmd(Xhtml out, TransceiverDesign d, ReferenceLibrary lib) {
        out.element("h3", "Optical PMD " + (d.getOpticalPmd() == null ? "(not given)" : d.getOpticalPmd()));
        var pmd = lib.pmd(d.getOpticalPmd());
        if (pmd.isEmpty()) {
            out.element("p", "The design's PMD '" + d.getOpticalPmd() + "' is not in the reference library: no receiver limits apply.", "class",
                    "fail");
            return;
        }
        PmdSpec s = pmd.get();
        provenance(out, s.provenance(), "pmd-source");
        out.element("p", "Clause " + s.clause() + "; " + s.lanes() + " lanes, " + s.modulation() + ", " + s.fibre() + ", FEC " + s.fec() + ".");
        out.open("table", "class", "data", "id", "pmd-table").open("thead").open("tr").element("th", "Quantity").element("th", "Value")
                .element("th", "Unit").close().close().open("tbody");
        for (Map.Entry<String, Double> e : s.values().entrySet()) {
            out.open("tr", "data-key", e.getKey()).element("td", Quantities.columnName(e.getKey()))
                    .element("td", QuantityFormat.plain(e.getValue()), "class", "num").element("td", Quantities.columnUnit(e.getKey())).close();
        }
        out.close().close();
    }

    private static void powerClass(Xhtml out, TransceiverDesign d, ReferenceLibrary lib) {
        out.element("h3", "MSA power class");
        if (d.getFormFactor() == null || d.getFormFactor() == FormFactor.CPO_ENGINE) {
            out.element("p", d.getFormFactor() == null ? "No form factor given." : "A co-packaged engine has no MSA power class.");
            return;
        }
        int cls = d.getMsaPowerClass() == null ? -1 : d.getMsaPowerClass();
        var row = lib.powerClass(d.getFormFactor(), cls);
        if (row.isEmpty()) {
            out.element("p", "No class " + d.getMsaPowerClass() + " for " + dev.lightwork.model.util.ModelLabels.literal(d.getFormFactor())
                    + " in the reference library.", "class", "fail");
            return;
        }
        PowerClass pc = row.get();
        out.element("p", pc.formFactor() + " class " + pc.powerClass() + ": at most " + QuantityFormat.watts(pc.maxPowerW()) + " W.");
        provenance(out, pc.provenance(), "power-class-source");
    }

    private static void components(Xhtml out, TransceiverDesign d, ReferenceLibrary lib) {
        out.element("h3", "Components and their catalogue parts");
        out.element("p", "Components with the same kind, catalogue part, name, power, junction limit and overrides share a row (Count). "
                + "'Differs from catalogue' lists the values the designer changed from the catalogue part (its source no longer covers them).");
        out.open("table", "class", "data", "id", "components-table").open("thead").open("tr");
        for (String h : new String[] {"Component(s)", "Count", "Kind", "Name", "Power (mW)", "Tj max (C)", "Catalogue part", "Source", "Conf.",
                "Note", "Differs from catalogue"}) {
            out.element("th", h);
        }
        out.close().close().open("tbody");
        Map<String, Component> byId = new java.util.LinkedHashMap<>();
        for (Component c : d.getComponents()) {
            byId.putIfAbsent(c.getId() == null ? "(component without id)" : c.getId(), c);
        }
        Map<Component, String> overrides = new java.util.IdentityHashMap<>();
        for (Component c : byId.values()) {
            overrides.put(c, lib.part(c.getCatalogPart()).map(p -> CatalogueOverrides.of(c, p)).orElse(""));
        }
        var groups = LaneGroup.of(byId, c -> c.eClass().getName() + "|" + c.getCatalogPart() + "|" + c.getName() + "|" + c.getPowerMw() + "|"
                + c.getJunctionTemperatureMaxC() + "|" + overrides.get(c), c -> false);
        for (LaneGroup<Component> g : groups) {
            Component c = g.representative();
            var part = lib.part(c.getCatalogPart());
            out.open("tr", "data-ids", String.join(" ", g.ids())).element("td", g.label(), "title", String.join(", ", g.ids()))
                    .element("td", Integer.toString(g.count()), "class", "num").element("td", c.eClass().getName())
                    .element("td", c.getName() == null ? "" : c.getName())
                    .element("td", QuantityFormat.plain(c.getPowerMw()), "class", "num")
                    .element("td", QuantityFormat.plain(c.getJunctionTemperatureMaxC()), "class", "num");
            if (part.isPresent()) {
                CatalogPart p = part.get();
                Provenance pv = p.provenance();
                out.element("td", p.id()).element("td", pv.source()).element("td", pv.confidence().name())
                        .element("td", pv.note() == null ? "" : pv.note());
                String differs = overrides.get(c);
                out.element("td", differs, "class", differs.isEmpty() ? null : "warn");
            } else {
                String why = c.getCatalogPart() == null ? "no catalogue part: values are the designer's own"
                        : "catalogue part " + c.getCatalogPart() + " is not in the reference library";
                out.element("td", c.getCatalogPart() == null ? "" : c.getCatalogPart()).element("td", why, "class", "warn").element("td", "")
                        .element("td", "").element("td", "");
            }
            out.close();
        }
        out.close().close();
    }

    private static void channels(Xhtml out, TransceiverDesign d) {
        out.element("h3", "Channels (fibre plant)");
        out.open("table", "class", "data").open("thead").open("tr");
        for (String h : new String[] {"Channel", "Name", "Length (m)", "Attenuation (dB/km)", "Connectors", "Splices", "MPI (dB)",
                "Reflection (dB)"}) {
            out.element("th", h);
        }
        out.close().close().open("tbody");
        for (Channel ch : d.getChannels()) {
            StringBuilder connectors = new StringBuilder();
            for (Connector c : ch.getConnectors()) {
                connectors.append(connectors.length() == 0 ? "" : ", ").append(c.getId()).append(" ").append(QuantityFormat.plain(c.getInsertionLossDb()))
                        .append(" dB");
            }
            out.open("tr").element("td", ch.getId()).element("td", ch.getName() == null ? "" : ch.getName())
                    .element("td", QuantityFormat.plain(ch.getLengthM()), "class", "num")
                    .element("td", QuantityFormat.plain(ch.getAttenuationDbPerKm()), "class", "num").element("td", connectors.toString())
                    .element("td", QuantityFormat.plain(ch.getSpliceCount()) + " x " + QuantityFormat.plain(ch.getSpliceLossDb()) + " dB")
                    .element("td", QuantityFormat.plain(ch.getMpiPenaltyDb()), "class", "num")
                    .element("td", QuantityFormat.plain(ch.getReflectionPenaltyDb()), "class", "num").close();
        }
        out.close().close();
    }

    private static void thermal(Xhtml out, TransceiverDesign d) {
        out.element("h3", "Thermal assumptions");
        if (d.getThermalNetwork() == null) {
            out.element("p", "No thermal network.");
            return;
        }
        out.open("table", "class", "data", "id", "thermal-assumptions").open("thead").open("tr").element("th", "Node")
                .element("th", "Imposed temperature (C)").element("th", "Limit (C)").element("th", "Description").close().close().open("tbody");
        for (ThermalNode n : d.getThermalNetwork().getNodes()) {
            out.open("tr").element("td", n.getId())
                    .element("td", n.isBoundary() ? QuantityFormat.plain(n.getTemperatureC()) : "", "class", "num")
                    .element("td", n.getLimitC() == null ? "from its parts" : QuantityFormat.plain(n.getLimitC()), "class", "num")
                    .element("td", n.getDescription() == null ? "" : n.getDescription()).close();
        }
        out.close().close();
        if (d.getDescription() != null && !d.getDescription().isBlank()) {
            out.element("p", "Design notes: " + d.getDescription());
        }
    }

    private static void provenance(Xhtml out, Provenance p, String id) {
        out.open("p", "class", "source", "id", id).text("Source: " + p.source() + " [confidence " + p.confidence() + "]"
                + (p.note() == null || p.note().isBlank() ? "" : "; note: " + p.note())).close();
    }
}
