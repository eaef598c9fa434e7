package dev.lightwork.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.model.Lane;
import dev.lightwork.report.render.Xhtml;

/** Every term of every lane's link budget (identical lanes grouped, failing ones alone) and the worst lane's waterfall. */
final class LinkSection implements ReportSection {

    /** A table column: header, unit and the budget term it shows. */
    record Column(String header, String unit, ToDoubleFunction<LinkBudget> term, boolean ber) {
        String format(LinkBudget b) {
            double v = term.applyAsDouble(b);
            return ber ? QuantityFormat.ber(v) : QuantityFormat.db(v);
        }
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Laser", "dBm", LinkBudget::laserOutputDbm, false),
            new Column("Derating", "dB", LinkBudget::temperatureDeratingDb, false),
            new Column("Modulator", "dB", LinkBudget::modulatorLossDb, false),
            new Column("Mux", "dB", LinkBudget::muxLossDb, false),
            new Column("Avg launch", "dBm", LinkBudget::averageLaunchDbm, false),
            new Column("ER", "dB", LinkBudget::extinctionRatioDb, false),
            new Column("Tx OMA", "dBm", LinkBudget::txOmaDbm, false),
            new Column("TDECQ", "dB", LinkBudget::tdecqDb, false),
            new Column("Fibre", "dB", LinkBudget::fibreLossDb, false),
            new Column("Connectors", "dB", LinkBudget::connectorLossDb, false),
            new Column("Splices", "dB", LinkBudget::spliceLossDb, false),
            new Column("Channel IL", "dB", LinkBudget::channelInsertionLossDb, false),
            new Column("Penalties", "dB", LinkBudget::penaltiesDb, false),
            new Column("Demux", "dB", LinkBudget::demuxLossDb, false),
            new Column("Rx OMA", "dBm", LinkBudget::rxOmaDbm, false),
            new Column("PMD sens.", "dBm", LinkBudget::pmdSensitivityDbm, false),
            new Column("Derived sens.", "dBm", LinkBudget::derivedSensitivityDbm, false),
            new Column("Margin", "dB", LinkBudget::marginDb, false),
            new Column("Pre-FEC BER", "", LinkBudget::preFecBer, true),
            new Column("Post-FEC BER", "", LinkBudget::postFecBer, true));

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

    static String rowKey(LinkBudget b) {
        return COLUMNS.stream().map(c -> c.format(b)).collect(Collectors.joining("|")) + "|" + b.pmdId() + "|" + b.problems();
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        DesignFacts f = new DesignFacts(input.analysis());
        Map<String, LinkBudget> budgets = byLane(input.analysis().linkBudgets());
        if (budgets.isEmpty()) {
            out.element("p", "The design has no lanes.", "class", "fail");
            return;
        }
        List<RowGroup<LinkBudget>> groups = RowGroup.of(budgets, LinkSection::rowKey, f::failing);
        out.element("p", budgets.size() + " lane(s) in " + groups.size() + " row(s): lanes with identical budgets share a row (Count), "
                + "every failing or incomplete lane has its own row. Margin = Rx OMA - TDECQ - receiver requirement "
                + "(SRS - SECQ, else the PMD sensitivity); required margin " + QuantityFormat.db(f.requiredMarginDb()) + " dB. "
                + "Derived sensitivity and BER model a TIA-noise-limited receiver only (optimistic; see the analysis notes).");
        out.open("table", "class", "data lanes", "id", "lane-table");
        out.open("thead").open("tr").element("th", "Lane(s)").element("th", "Count");
        for (Column c : COLUMNS) {
            out.open("th").text(c.header());
            if (!c.unit().isEmpty()) {
                out.open("span", "class", "unit").text(" (" + c.unit() + ")").close();
            }
            out.close();
        }
        out.element("th", "Problems").close().close();
        out.open("tbody");
        for (RowGroup<LinkBudget> g : groups) {
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
        } else {
            out.element("p", "No lane has a known margin, so no waterfall is drawn; the diagnostics say which terms are missing.", "class",
                    "fail");
        }
    }
}
