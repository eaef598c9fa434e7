package dev.lightwork.report;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.report.render.Xhtml;

/** Steady-state temperature, limit and headroom of every thermal node, and the paths the solution rests on. */
final class ThermalSection implements ReportSection {

    @Override
    public String id() {
        return "thermal";
    }

    @Override
    public String title() {
        return "Thermal";
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        ThermalSolution t = input.analysis().thermal();
        ThermalNetwork network = input.analysis().design().getThermalNetwork();
        Double caseMax = input.analysis().design().getCaseTemperatureMaxC();
        out.element("p", "Solved at the worst-case case temperature " + QuantityFormat.celsius(caseMax == null ? Double.NaN : caseMax)
                + " °C (boundary nodes hold their own temperature). Headroom = limit - temperature.");
        if (network != null && !network.getNodes().isEmpty()) {
            out.open("table", "class", "data", "id", "thermal-table");
            out.open("thead").open("tr").element("th", "Node").element("th", "Name").element("th", "Kind").element("th", "Heat (W)")
                    .element("th", "Temperature (°C)").element("th", "Limit (°C)").element("th", "Headroom (K)").close().close()
                    .open("tbody");
            for (ThermalNode n : network.getNodes()) {
                Double temp = t.temperatureC().get(n.getId());
                Double limit = t.limitC().get(n.getId());
                Double heat = t.heatW().get(n.getId());
                double headroom = temp == null || limit == null ? Double.NaN : limit - temp;
                String cls = "num" + (Double.isNaN(headroom) ? "" : headroom < 0 ? " fail" : " pass");
                out.open("tr").element("td", n.getId()).element("td", n.getName() == null ? "" : n.getName())
                        .element("td", (n.getKind() == null ? "" : ModelLabels.literal(n.getKind())) + (n.isBoundary() ? " (boundary)" : ""))
                        .element("td", QuantityFormat.watts(heat == null ? Double.NaN : heat), "class", "num")
                        .element("td", QuantityFormat.celsius(temp == null ? Double.NaN : temp), "class", "num")
                        .element("td", QuantityFormat.celsius(limit == null ? Double.NaN : limit), "class", "num")
                        .element("td", QuantityFormat.celsius(headroom), "class", cls).close();
            }
            out.close().close();
            out.element("h3", "Thermal paths");
            out.open("table", "class", "data").open("thead").open("tr").element("th", "From").element("th", "To")
                    .element("th", "Resistance (K/W)").close().close().open("tbody");
            for (ThermalPath p : network.getPaths()) {
                out.open("tr").element("td", p.getFrom() == null ? "(not set)" : p.getFrom().getId())
                        .element("td", p.getTo() == null ? "(not set)" : p.getTo().getId())
                        .element("td", QuantityFormat.plain(p.getResistanceKPerW()), "class", "num").close();
            }
            out.close().close();
        } else {
            out.element("p", "The design has no thermal network.", "class", "fail");
        }
        PowerSection.problems(out, t.problems());
    }
}
