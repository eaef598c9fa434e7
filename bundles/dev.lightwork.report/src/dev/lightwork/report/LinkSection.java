package dev.lightwork.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import dev.lightwork.analysis.design.LaneGroup;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.BerCurve;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.analysis.link.LinkBudget.Plane;
import dev.lightwork.model.Lane;
import dev.lightwork.report.render.Xhtml;

/** Every term of every lane's link budget (identical lanes grouped, failing ones alone) and the worst lane's waterfall. */
final class LinkSection implements ReportSection {

    /** A table column: header, unit, the budget term it shows and the reference plane where it applies. */
    record Column(String header, String unit, Function<LinkBudget, String> text, Plane plane) {
        String format(LinkBudget b) {
            return text.apply(b);
        }

        static Column db(String header, String unit, ToDoubleFunction<LinkBudget> term, Plane plane) {
            return new Column(header, unit, b -> QuantityFormat.db(term.applyAsDouble(b)), plane);
        }
    }

    static final List<Column> COLUMNS = List.of(
            Column.db("Laser", "dBm", LinkBudget::laserOutputDbm, Plane.TX_MODULE),
            Column.db("Derating", "dB", LinkBudget::temperatureDeratingDb, Plane.TX_MODULE),
            new Column("Split", "dB", b -> b.sharedLaser() ? "1:" + b.laserLaneCount() + " " + QuantityFormat.db(b.splitLossDb()) : "none", Plane.TX_MODULE),
            Column.db("Modulator", "dB", LinkBudget::modulatorLossDb, Plane.TX_MODULE),
            Column.db("Mux", "dB", LinkBudget::muxLossDb, Plane.TX_MODULE),
            Column.db("Tx attach", "dB", LinkBudget::txAttachLossDb, Plane.TX_MODULE),
            Column.db("Avg launch", "dBm", LinkBudget::averageLaunchDbm, Plane.TP2),
            Column.db("ER", "dB", LinkBudget::extinctionRatioDb, Plane.TP2),
            Column.db("Tx OMA", "dBm", LinkBudget::txOmaDbm, Plane.TP2),
            Column.db("TDECQ", "dB", LinkBudget::tdecqDb, Plane.TP2),
            Column.db("Fibre", "dB", LinkBudget::fibreLossDb, Plane.CHANNEL),
            Column.db("Connectors", "dB", LinkBudget::connectorLossDb, Plane.CHANNEL),
            Column.db("Splices", "dB", LinkBudget::spliceLossDb, Plane.CHANNEL),
            Column.db("Channel IL", "dB", LinkBudget::channelInsertionLossDb, Plane.CHANNEL),
            Column.db("Penalties", "dB", LinkBudget::penaltiesDb, Plane.CHANNEL),
            Column.db("Rx OMA", "dBm", LinkBudget::rxOmaDbm, Plane.TP3),
            Column.db("Required", "dBm", LinkBudget::marginReferenceDbm, Plane.TP3),
            Column.db("PMD sens.", "dBm", LinkBudget::pmdSensitivityDbm, Plane.TP3),
            Column.db("Margin", "dB", LinkBudget::marginDb, Plane.TP3),
            new Column("Pre-FEC BER", "", b -> QuantityFormat.ber(b.preFecBer(), b.preFecBerIsBound()), Plane.TP3),
            new Column("Post-FEC BER", "", b -> QuantityFormat.ber(b.postFecBer(), b.postFecBerIsBound()), Plane.TP3),
            Column.db("Demux", "dB", LinkBudget::demuxLossDb, Plane.RX_MODULE),
            Column.db("Rx attach", "dB", LinkBudget::rxAttachLossDb, Plane.RX_MODULE),
            Column.db("OMA at PD", "dBm", LinkBudget::detectorOmaDbm, Plane.RX_MODULE),
            Column.db("Component sens.", "dBm", LinkBudget::derivedSensitivityDbm, Plane.RX_MODULE),
            Column.db("Internal margin", "dB", LinkBudget::internalMarginDb, Plane.RX_MODULE));

    @Override
    public String id() {
        return "link";
    }

    @Override
    public String title() {
        return "Link budget per lane";
    }

    /** The lanes' budgets by lane id, in lane order. */
    static Map<String, LinkBudget> byLane(Map<Lane, LinkBudget> budgets) {
        Map<String, LinkBudget> m = new LinkedHashMap<>();
        budgets.forEach((lane, b) -> m.put(lane.getId() == null ? "(lane without id)" : lane.getId(), b));
        return m;
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        DesignFacts f = new DesignFacts(input.analysis());
        Map<String, LinkBudget> budgets = byLane(input.analysis().linkBudgets());
        if (budgets.isEmpty()) {
            out.element("p", "The design has no lanes.", "class", "fail");
            return;
        }
        List<LaneGroup<LinkBudget>> groups = LaneGroup.ofBudgets(budgets, f.requiredMarginDb());
        out.element("p", dev.lightwork.analysis.format.QuantityFormat.count(budgets.size(), "lane") + " in "
                + dev.lightwork.analysis.format.QuantityFormat.count(groups.size(), "row") + ": lanes with identical budgets share a row (Count), "
                + "every failing or incomplete lane has its own row. Transmitter limits apply at TP2, receiver limits at TP3 (the MDI); "
                + "losses inside the module (split of a shared laser, modulator, mux, fibre attach; demux and fibre attach at the "
                + "receiver) belong to the transmitter or the receiver, not to the channel. Margin = Rx OMA at TP3 - Required, where "
                + "Required = TDECQ + receiver requirement (SRS - SECQ, else the PMD sensitivity); PMD sens. is the published "
                + "sensitivity. Required margin " + QuantityFormat.db(f.requiredMarginDb()) + " dB. The module-internal check compares "
                + "the OMA at the photodetector less TDECQ with the component sensitivity (TIA noise only: optimistic). BER below "
                + "the model's validity is printed as a bound (<).");
        out.open("table", "class", "data lanes", "id", "lane-table");
        out.open("thead").open("tr").element("th", "", "colspan", "2");
        for (int i = 0; i < COLUMNS.size();) {
            Plane plane = COLUMNS.get(i).plane();
            int span = 0;
            while (i < COLUMNS.size() && COLUMNS.get(i).plane() == plane) {
                span++;
                i++;
            }
            out.element("th", plane.label() + ": " + plane.description(), "colspan", Integer.toString(span), "class", "plane");
        }
        out.element("th", "").close();
        out.open("tr").element("th", "Lane(s)").element("th", "Count");
        for (Column c : COLUMNS) {
            out.open("th").text(c.header());
            if (!c.unit().isEmpty()) {
                out.open("span", "class", "unit").text(" (" + c.unit() + ")").close();
            }
            out.close();
        }
        out.element("th", "Problems").close().close();
        out.open("tbody");
        for (LaneGroup<LinkBudget> g : groups) {
            LinkBudget b = g.representative();
            out.open("tr", "class", g.failing() ? "failing" : null, "data-lanes", String.join(" ", g.ids()),
                    "data-count", Integer.toString(g.count()));
            out.element("td", g.label(), "class", "lane", "title", String.join(", ", g.ids()));
            out.element("td", Integer.toString(g.count()), "class", "num");
            for (Column c : COLUMNS) {
                String cls = "num";
                if (c.header().equals("Margin")) {
                    cls += Double.isNaN(b.marginDb()) ? " unknown" : f.failing(b) ? " fail" : " pass";
                }
                out.element("td", c.format(b), "class", cls, "data-term", c.header());
            }
            out.element("td", b.problems().isEmpty() ? "" : String.join("; ", b.problems()), "class", "problems");
            out.close();
        }
        out.close().close();
        var worst = f.worstLane();
        if (worst.isPresent()) {
            figures.embed(out, Charts.waterfall(worst.get(), f.requiredMarginDb()));
            BerCurve curve = new LinkBudgetCalculator(input.library()).berCurve(input.analysis().design(), worst.get());
            if (curve.isEmpty()) {
                out.element("p", "No BER curve: " + worst.get().pmdId() + " gives no pre-FEC BER target.", "class", "note");
            } else {
                figures.embed(out, Charts.berCurve(curve));
            }
        } else {
            out.element("p", "No lane has a known margin, so no waterfall is drawn; the diagnostics say which terms are missing.", "class",
                    "fail");
        }
    }
}
