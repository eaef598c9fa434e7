package dev.lightwork.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lightwork.analysis.design.LaneGroup;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.model.Component;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.report.render.Xhtml;

/** Module power by component kind and per lane against the MSA class limit, in W and pJ/bit. */
final class PowerSection implements ReportSection {

    @Override
    public String id() {
        return "power";
    }

    @Override
    public String title() {
        return "Power";
    }

    /** Component kind (display name) to [count, watts], in the order kinds first appear in the design. */
    static Map<String, double[]> byKind(TransceiverDesign design, PowerBudget p) {
        Map<String, double[]> kinds = new LinkedHashMap<>();
        for (Component c : design.getComponents()) {
            if (c instanceof PowerConverter) {
                continue; // its loss is the separate conversion row
            }
            double[] v = kinds.computeIfAbsent(ModelLabels.kind(c), k -> new double[2]); // "DSP", "TIA", not the class names
            v[0]++;
            Double w = p.componentW().get(c.getId());
            v[1] += w == null ? 0 : w;
        }
        return kinds;
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        PowerBudget p = input.analysis().power();
        TransceiverDesign design = input.analysis().design();
        DesignFacts f = new DesignFacts(input.analysis());
        Map<String, double[]> kinds = byKind(design, p);
        out.open("table", "class", "data", "id", "power-table");
        out.open("thead").open("tr").element("th", "Component kind").element("th", "Parts").element("th", "Power (W)")
                .element("th", "Share of total").close().close().open("tbody");
        for (Map.Entry<String, double[]> e : kinds.entrySet()) {
            double w = e.getValue()[1];
            out.open("tr").element("td", e.getKey()).element("td", QuantityFormat.fixed(e.getValue()[0], 0), "class", "num")
                    .element("td", QuantityFormat.watts(w), "class", "num").element("td", percent(w, p.totalW()), "class", "num").close();
        }
        out.open("tr").element("td", "DC-DC conversion loss (efficiency " + QuantityFormat.fixed(p.converterEfficiency(), 3) + ")")
                .element("td", "").element("td", QuantityFormat.watts(p.conversionLossW()), "class", "num")
                .element("td", percent(p.conversionLossW(), p.totalW()), "class", "num").close();
        out.open("tr", "class", "total").element("th", "Module total").element("td", "")
                .element("td", QuantityFormat.watts(p.totalW()), "class", "num " + (p.withinClass() ? "pass" : "fail"), "id", "power-total")
                .element("td", QuantityFormat.pjPerBit(p.pJPerBit()) + " pJ/bit at " + QuantityFormat.fixed(p.nominalGbps(), 1) + " Gb/s nominal",
                        "class", "num")
                .close();
        boolean classKnown = Double.isFinite(p.msaClassLimitW());
        out.open("tr").element("th", f.powerClassLabel()).element("td", "")
                .element("td", classKnown ? QuantityFormat.watts(p.msaClassLimitW()) : QuantityFormat.UNKNOWN, "class", "num")
                .element("td", classKnown ? "headroom " + QuantityFormat.watts(p.msaClassLimitW() - p.totalW()) + " W; source "
                        + p.msaClassSource() : "no class limit applies or none is known", "class", "num")
                .close();
        out.close().close();
        String caption = "Total " + QuantityFormat.watts(p.totalW()) + " W, " + QuantityFormat.pjPerBit(p.pJPerBit()) + " pJ/bit; "
                + (classKnown ? "class limit " + QuantityFormat.watts(p.msaClassLimitW()) + " W (" + (p.withinClass() ? "within" : "EXCEEDED") + ")"
                        : f.powerClassLabel());
        figures.embed(out, Charts.modulePower(design, p, classKnown ? "Module power by component kind vs MSA class limit (W)"
                : "Module power by component kind (W)", caption));
        writeLanes(out, p, classKnown, figures);
        problems(out, p.problems());
    }

    private static void writeLanes(Xhtml out, PowerBudget p, boolean classKnown, FigureSink figures) {
        int lanes = p.laneW().size();
        if (lanes == 0) {
            return;
        }
        // Per-lane energy uses the module's nominal rate shared evenly over its optical lanes.
        double laneGbps = p.nominalGbps() / lanes;
        double classShare = classKnown ? p.msaClassLimitW() / lanes : Double.NaN;
        out.element("h3", "Per lane");
        out.element("p", "Lane power = the lane's own parts plus an even share of parts several lanes use (DSP, external laser). "
                + "Parts in no lane (MCU, ...) are overhead: " + QuantityFormat.watts(p.overheadW()) + " W; DC-DC loss "
                + QuantityFormat.watts(p.conversionLossW()) + " W. pJ/bit per lane uses " + QuantityFormat.fixed(laneGbps, 2)
                + " Gb/s (nominal rate / lanes).");
        List<LaneGroup<Double>> groups = LaneGroup.ofLanePowers(p.laneW());
        out.open("table", "class", "data", "id", "lane-power-table");
        out.open("thead").open("tr").element("th", "Lane(s)").element("th", "Count").element("th", "Power per lane (W)")
                .element("th", "pJ/bit per lane").element("th", "Class limit / lanes (W)").close().close().open("tbody");
        for (LaneGroup<Double> g : groups) {
            double w = g.representative();
            out.open("tr", "data-count", Integer.toString(g.count())).element("td", g.label(), "title", String.join(", ", g.ids()))
                    .element("td", Integer.toString(g.count()), "class", "num").element("td", QuantityFormat.watts(w), "class", "num")
                    .element("td", QuantityFormat.pjPerBit(w / laneGbps * 1000), "class", "num")
                    .element("td", QuantityFormat.watts(classShare), "class", "num").close();
        }
        out.close().close();
        Map<String, Double> bars = new LinkedHashMap<>();
        for (LaneGroup<Double> g : groups) {
            bars.put(g.label() + (g.count() > 1 ? " (" + g.count() + ")" : ""), g.representative());
        }
        // One bar per group: a 512-lane design draws as many bars as it has distinct lane powers.
        String title = classKnown ? "Power per lane vs MSA class limit shared over " + lanes + " lanes (W)" : "Power per lane (W)";
        figures.embed(out, Charts.perLanePower(title, bars,
                classShare, "class limit / lanes", "Per-lane power excludes overhead (" + QuantityFormat.watts(p.overheadW())
                        + " W) and DC-DC loss (" + QuantityFormat.watts(p.conversionLossW()) + " W)."));
    }

    static void problems(Xhtml out, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.open("ul", "class", "problems");
        problems.forEach(s -> out.element("li", s));
        out.close();
    }

    private static String percent(double part, double whole) {
        return whole > 0 && Double.isFinite(part) ? QuantityFormat.fixed(100 * part / whole, 1) + " %" : QuantityFormat.UNKNOWN;
    }
}
