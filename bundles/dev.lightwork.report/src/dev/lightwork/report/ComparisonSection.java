package dev.lightwork.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lightwork.analysis.design.LaneGroup;
import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.report.render.Xhtml;

/** What changed between two revisions (model diff) and how margins, power and temperatures moved. */
final class ComparisonSection implements ReportSection {

    @Override
    public String id() {
        return "comparison";
    }

    @Override
    public String title() {
        return "Changes since the previous revision";
    }

    @Override
    public boolean applies(ReportInput input) {
        return input.comparison() != null;
    }

    /** Before, after and change of one lane's margin. */
    record MarginMove(double before, double after) {
        double delta() {
            return after - before;
        }

        String row() {
            return QuantityFormat.db(before) + "|" + QuantityFormat.db(after) + "|" + QuantityFormat.deltaDb(delta());
        }
    }

    /** Margin moves by lane id over the lanes of both revisions (a lane only in one has NaN on the other side). */
    static Map<String, MarginMove> marginMoves(DesignAnalysis before, DesignAnalysis after) {
        Map<String, LinkBudget> b = LinkSection.byLane(before.linkBudgets());
        Map<String, LinkBudget> a = LinkSection.byLane(after.linkBudgets());
        Set<String> lanes = new LinkedHashSet<>(a.keySet());
        lanes.addAll(b.keySet());
        Map<String, MarginMove> moves = new LinkedHashMap<>();
        for (String lane : lanes) {
            moves.put(lane, new MarginMove(b.containsKey(lane) ? b.get(lane).marginDb() : Double.NaN,
                    a.containsKey(lane) ? a.get(lane).marginDb() : Double.NaN));
        }
        return moves;
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        DesignComparison c = input.comparison();
        DesignFacts before = new DesignFacts(c.before());
        DesignFacts after = new DesignFacts(c.after());
        out.element("p", "Previous revision: " + DesignFacts.name(c.before().design()) + " (" + c.before().design().getId() + "), verdict "
                + c.before().verdict() + "; this revision: verdict " + c.after().verdict() + ".");
        out.element("h3", "Headline numbers");
        out.open("table", "class", "data", "id", "comparison-metrics").open("thead").open("tr").element("th", "Quantity")
                .element("th", "Before").element("th", "After").element("th", "Change").close().close().open("tbody");
        metric(out, "Worst lane margin (dB)", before.worstMarginDb(), after.worstMarginDb(), 2);
        metric(out, "Failing or incomplete lanes", before.failingLanes(), after.failingLanes(), 0);
        metric(out, "Module power (W)", c.before().power().totalW(), c.after().power().totalW(), 3);
        metric(out, "Energy (pJ/bit)", c.before().power().pJPerBit(), c.after().power().pJPerBit(), 2);
        metric(out, "Errors", before.errors(), after.errors(), 0);
        out.close().close();

        out.element("h3", "Model changes");
        List<ModelChange> changes = c.changes();
        if (changes.isEmpty()) {
            out.element("p", "The two revisions are identical.");
        } else {
            out.open("table", "class", "data", "id", "changes-table").open("thead").open("tr").element("th", "Element").element("th", "Type")
                    .element("th", "Change").element("th", "Attribute").element("th", "Before").element("th", "After").close().close()
                    .open("tbody");
            for (ModelChange m : changes) {
                // kinds and attributes as people read them ("Thermal path", "Output power (dBm)"), not Ecore names
                out.open("tr", "data-kind", m.kind().name()).element("td", m.element())
                        .element("td", m.type() == null ? "" : dev.lightwork.model.util.ModelLabels.words(m.type(), true))
                        .element("td", m.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .element("td", m.feature() == null ? "" : dev.lightwork.model.util.ModelLabels.attribute(m.feature()))
                        .element("td", m.oldValue() == null ? "" : m.oldValue()).element("td", m.newValue() == null ? "" : m.newValue()).close();
            }
            out.close().close();
        }

        out.element("h3", "Lane margins");
        Map<String, MarginMove> moves = marginMoves(c.before(), c.after());
        List<LaneGroup<MarginMove>> groups = LaneGroup.of(moves, MarginMove::row, m -> false);
        out.open("table", "class", "data", "id", "margin-changes").open("thead").open("tr").element("th", "Lane(s)").element("th", "Count")
                .element("th", "Margin before (dB)").element("th", "Margin after (dB)").element("th", "Change (dB)").close().close()
                .open("tbody");
        for (LaneGroup<MarginMove> g : groups) {
            MarginMove m = g.representative();
            String cls = "num" + (m.delta() < 0 ? " fail" : m.delta() > 0 ? " pass" : "");
            out.open("tr", "data-lanes", String.join(" ", g.ids()), "data-count", Integer.toString(g.count()))
                    .element("td", g.label(), "title", String.join(", ", g.ids())).element("td", Integer.toString(g.count()), "class", "num")
                    .element("td", QuantityFormat.db(m.before()), "class", "num").element("td", QuantityFormat.db(m.after()), "class", "num")
                    .element("td", QuantityFormat.deltaDb(m.delta()), "class", cls, "data-term", "Change").close();
        }
        out.close().close();

        out.element("h3", "Temperatures");
        Map<String, Double> tb = c.before().thermal().temperatureC();
        Map<String, Double> ta = c.after().thermal().temperatureC();
        Set<String> nodes = new LinkedHashSet<>(ta.keySet());
        nodes.addAll(tb.keySet());
        out.open("table", "class", "data", "id", "temperature-changes").open("thead").open("tr").element("th", "Node")
                .element("th", "Before (°C)").element("th", "After (°C)").element("th", "Change (K)").close().close().open("tbody");
        for (String n : nodes) {
            double b = tb.getOrDefault(n, Double.NaN);
            double a = ta.getOrDefault(n, Double.NaN);
            out.open("tr").element("td", n).element("td", QuantityFormat.celsius(b), "class", "num").element("td", QuantityFormat.celsius(a), "class", "num")
                    .element("td", QuantityFormat.deltaCelsius(a - b), "class", "num").close();
        }
        out.close().close();
    }

    private static void metric(Xhtml out, String what, double before, double after, int decimals) {
        double d = after - before;
        String delta = Double.isNaN(d) ? QuantityFormat.UNKNOWN : (d >= 0 ? "+" : "") + QuantityFormat.fixed(d, decimals);
        out.open("tr").element("td", what).element("td", QuantityFormat.fixed(before, decimals), "class", "num")
                .element("td", QuantityFormat.fixed(after, decimals), "class", "num").element("td", delta, "class", "num").close();
    }
}
