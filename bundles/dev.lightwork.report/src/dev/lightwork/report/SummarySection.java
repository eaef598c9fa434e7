package dev.lightwork.report;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.power.PowerBudget;

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
                f.errors() + " error(s), " + f.warnings() + " warning(s)");
        String worst = f.worstLane().map(b -> ReportFormat.db(b.marginDb()) + " dB on " + b.laneId()).orElse(ReportFormat.UNKNOWN);
        // green only when every lane is known and passes: an incomplete lane has no margin to be the worst
        boolean marginOk = f.worstLane().isPresent() && f.worstMarginDb() >= f.requiredMarginDb() && f.failingLanes() == 0;
        row(out, "Worst lane margin", worst, marginOk ? "pass" : "fail",
                "required " + ReportFormat.db(f.requiredMarginDb()) + " dB; " + f.failingLanes() + " of " + a.linkBudgets().size()
                        + " lane(s) fail or are incomplete");
        boolean classKnown = Double.isFinite(p.msaClassLimitW());
        row(out, "Module power", ReportFormat.watts(p.totalW()) + " W (" + ReportFormat.pjPerBit(p.pJPerBit()) + " pJ/bit)",
                p.withinClass() ? "pass" : "fail",
                classKnown ? f.powerClassLabel() + " limit " + ReportFormat.watts(p.msaClassLimitW()) + " W, headroom "
                        + ReportFormat.watts(p.msaClassLimitW() - p.totalW()) + " W" : f.powerClassLabel());
        var hottest = f.hottestLimitedNode();
        var tightest = f.tightestNode();
        if (hottest.isPresent()) {
            String node = hottest.get().getKey();
            double t = hottest.get().getValue();
            String note = "limit " + ReportFormat.celsius(f.limitC(node)) + " C";
            if (tightest.isPresent()) {
                String tn = tightest.get().getKey();
                note += "; least headroom " + ReportFormat.celsius(f.limitC(tn) - tightest.get().getValue()) + " K at " + tn;
            }
            row(out, "Max. temperature", ReportFormat.celsius(t) + " C at " + node, a.thermal().overLimit().isEmpty() ? "pass" : "fail", note);
        } else {
            row(out, "Max. temperature", ReportFormat.UNKNOWN, "fail", "no solved thermal node with a limit (see diagnostics)");
        }
        row(out, "Errors", Long.toString(f.errors()), f.errors() == 0 ? "pass" : "fail", f.warnings() + " warning(s), "
                + (a.diagnostics().size() - f.errors() - f.warnings()) + " info");
        out.close();
    }

    private static void row(Xhtml out, String what, String value, String status, String note) {
        out.open("tr").element("th", what).element("td", value, "class", status).element("td", note).close();
    }
}
