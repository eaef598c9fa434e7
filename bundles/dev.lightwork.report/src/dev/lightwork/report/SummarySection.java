package dev.lightwork.report;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.report.render.Xhtml;

/** Verdict and the headline numbers a reviewer reads first. */
final class SummarySection implements ReportSection {

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        DesignAnalysis a = input.analysis();
        DesignFacts f = new DesignFacts(a);
        PowerBudget p = a.power();
        out.open("table", "class", "summary");
        row(out, "Verdict", a.verdict().name(), a.verdict() == DesignAnalysis.Verdict.PASS ? "pass" : a.verdict() == DesignAnalysis.Verdict.INDICATIVE ? "indicative" : "fail",
                QuantityFormat.count(f.errors(), "error") + ", " + QuantityFormat.count(f.warnings(), "warning"));
        String worst = f.worstLane().map(b -> QuantityFormat.db(b.marginDb()) + " dB on " + b.laneId()).orElse(QuantityFormat.UNKNOWN);
        // green only when every lane is known and passes: an incomplete lane has no margin to be the worst
        boolean marginOk = f.worstLane().isPresent() && f.worstMarginDb() >= f.requiredMarginDb() && f.failingLanes() == 0;
        row(out, "Worst lane margin", worst, marginOk ? "pass" : "fail",
                "required " + QuantityFormat.db(f.requiredMarginDb()) + " dB; " + lanes(f.failingLanes(), a.linkBudgets().size()));
        boolean classKnown = Double.isFinite(p.msaClassLimitW());
        row(out, "Module power", QuantityFormat.watts(p.totalW()) + " W (" + QuantityFormat.pjPerBit(p.pJPerBit()) + " pJ/bit)",
                p.withinClass() ? "pass" : "fail",
                classKnown ? f.powerClassLabel() + " limit " + QuantityFormat.watts(p.msaClassLimitW()) + " W, headroom "
                        + QuantityFormat.watts(p.msaClassLimitW() - p.totalW()) + " W" : f.powerClassLabel());
        var hottest = f.hottestLimitedNode();
        var tightest = f.tightestNode();
        if (hottest.isPresent()) {
            String node = hottest.get().getKey();
            double t = hottest.get().getValue();
            String note = "limit " + QuantityFormat.celsius(f.limitC(node)) + " C";
            if (tightest.isPresent()) {
                String tn = tightest.get().getKey();
                note += "; least headroom " + QuantityFormat.celsius(f.limitC(tn) - tightest.get().getValue()) + " K at " + tn;
            }
            row(out, "Max. temperature", QuantityFormat.celsius(t) + " C at " + node, a.thermal().overLimit().isEmpty() ? "pass" : "fail", note);
        } else {
            row(out, "Max. temperature", QuantityFormat.UNKNOWN, "fail", "no solved thermal node with a limit (see diagnostics)");
        }
        row(out, "Errors", Long.toString(f.errors()), f.errors() == 0 ? "pass" : "fail", QuantityFormat.count(f.warnings(), "warning") + ", "
                + QuantityFormat.count(a.diagnostics().size() - f.errors() - f.warnings(), "note"));
        out.close();
    }

    /** "all 4 lanes pass", "1 of 4 lanes fails or is incomplete", "the lane passes". */
    static String lanes(long failing, int lanes) {
        if (lanes == 0) {
            return "no lanes";
        }
        if (failing == 0) {
            return lanes == 1 ? "the lane passes" : "all " + lanes + " lanes pass";
        }
        if (lanes == 1) {
            return "the lane fails or is incomplete";
        }
        return failing + " of " + lanes + " lanes " + (failing == 1 ? "fails or is incomplete" : "fail or are incomplete");
    }

    private static void row(Xhtml out, String what, String value, String status, String note) {
        out.open("tr").element("th", what).element("td", value, "class", status).element("td", note).close();
    }
}
