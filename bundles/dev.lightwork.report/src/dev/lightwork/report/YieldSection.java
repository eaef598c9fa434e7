package dev.lightwork.report;

import java.util.Locale;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.render.Xhtml;
import dev.lightwork.yield.CompiledModule;
import dev.lightwork.yield.ToleranceDefaults;
import dev.lightwork.yield.YieldEngine;
import dev.lightwork.yield.YieldInputException;
import dev.lightwork.yield.YieldResult;

/**
 * Manufacturing yield of a design with a yield study: yield and its interval, failures per rule, the tolerances
 * that drive them, worst-lane margin quantiles, test limits and cost per good module. The report runs at most
 * {@link #MAX_SAMPLES} modules (its interval says how precise that is); {@code lightwork yield} runs the full study.
 */
final class YieldSection implements ReportSection {

    static final int MAX_SAMPLES = 1_000;

    @Override
    public String id() {
        return "yield";
    }

    @Override
    public String title() {
        return "Manufacturing yield";
    }

    @Override
    public boolean applies(ReportInput input) {
        return input.analysis().design().getYieldStudy() != null;
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        TransceiverDesign design = input.analysis().design();
        YieldResult r;
        try {
            CompiledModule m = CompiledModule.compile(design, new DesignAnalyzer(input.library()), ToleranceDefaults.load(), null);
            YieldEngine.Settings s = YieldEngine.settings(design, null, null, null, Runtime.getRuntime().availableProcessors());
            r = YieldEngine.run(m, new YieldEngine.Settings(Math.min(s.samples(), MAX_SAMPLES), s.seed(), s.sampling(), s.threads()),
                    YieldEngine.Monitor.NONE);
        } catch (YieldInputException e) {
            out.element("p", "No yield: " + e.getMessage(), "class", "fail");
            return;
        }
        out.element("p", String.format(Locale.ROOT,
                "Yield %s (95 %% interval %s to %s, %s) over %d modules drawn from the design's tolerances and the catalogue defaults, "
                        + "each checked with the analyzer's rules at the corners %s (seed %d). Run lightwork yield for the full study.",
                pct(r.yield()), pct(r.ci95()[0]), pct(r.ci95()[1]), r.ciMethod(), r.samples(), String.join(", ", r.corners()), r.seed()),
                "class", r.nominalPass() ? "" : "fail");
        out.element("h3", "Failures per rule");
        out.open("table", "class", "data", "id", "yield-rules").open("thead").open("tr").element("th", "Rule").element("th", "Check")
                .element("th", "Modules failing").close().close().open("tbody");
        for (YieldResult.RuleFailure f : r.perRule()) {
            out.open("tr").element("td", f.rule()).element("td", f.title()).element("td", pct(f.failFraction()), "class", "num").close();
        }
        out.close().close();
        out.element("h3", "What drives the failures");
        out.element("p", "Method: " + r.contributorMethod() + ".");
        out.open("table", "class", "data", "id", "yield-contributors").open("thead").open("tr").element("th", "Element")
                .element("th", "Attribute").element("th", "Share").element("th", "Fails at").element("th", "Source").close().close()
                .open("tbody");
        for (YieldResult.Contributor c : r.contributors()) {
            out.open("tr").element("td", c.element()).element("td", c.attributes()).element("td", pct(c.share()), "class", "num")
                    .element("td", c.direction() > 0 ? "high values" : "low values").element("td", c.source() == null ? "" : c.source()).close();
        }
        out.close().close();
        out.element("h3", "Worst-lane margin and module power");
        out.open("table", "class", "data", "id", "yield-quantiles").open("thead").open("tr").element("th", "Quantile")
                .element("th", "Worst-lane margin (dB)").element("th", "Module power (W)").close().close().open("tbody");
        for (int i = 0; i < r.worstLaneMarginQuantiles().size(); i++) {
            YieldResult.QuantileValue m = r.worstLaneMarginQuantiles().get(i);
            YieldResult.QuantileValue p = r.modulePowerQuantiles().get(i);
            out.open("tr").element("td", String.format(Locale.ROOT, "%s %%", trim(100 * m.p())), "class", "num")
                    .element("td", num(m.value(), 2), "class", "num").element("td", num(p.value(), 2), "class", "num").close();
        }
        out.close().close();
        for (YieldResult.TestResult t : r.tests()) {
            out.element("p", String.format(Locale.ROOT, "Production test %s %s %s %s (measurement sigma %s): %s of modules pass the test; %s; %s.",
                    t.term(), t.upperLimit() ? "<=" : ">=", num(t.limit(), 2), t.unit(), num(t.measurementSigma(), 2), pct(t.testYield()),
                    Double.isFinite(t.escapeRate()) ? pct(t.escapeRate()) + " of shipped modules fail the specification (escape rate)"
                            : "no module passes it, so none ships",
                    Double.isFinite(t.overkill()) ? pct(t.overkill()) + " of rejected modules were good" : "it rejects no module"));
        }
        YieldResult.Cost c = r.cost();
        out.element("p", Double.isFinite(c.costPerGoodModuleUsd())
                ? String.format(Locale.ROOT, "Cost per good module %s USD = (BOM %s USD + assembly and test %s USD) / yield%s.",
                        num(c.costPerGoodModuleUsd(), 2), num(c.bomUsd(), 2), num(c.assemblyTestUsd(), 2),
                        c.volume() == null || c.modulesToStart() == null ? "" : "; " + c.volume() + " good modules need " + c.modulesToStart() + " started")
                : String.format(Locale.ROOT, "No cost per good module: no sampled module passes (BOM %s USD + assembly and test %s USD per module started).",
                        num(c.bomUsd(), 2), num(c.assemblyTestUsd(), 2)));
        out.element("p", "Not included: aging, field temperature excursions beyond the corners, supply-voltage dependence; "
                + "catalogue default tolerances are engineering estimates (confidence L).");
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %%", 100 * v) : "unknown";
    }

    private static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "unknown";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
