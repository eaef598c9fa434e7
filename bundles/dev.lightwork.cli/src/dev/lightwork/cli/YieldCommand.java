package dev.lightwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.google.gson.stream.JsonWriter;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.SamplingMethod;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.yield.CompiledModule;
import dev.lightwork.yield.ToleranceDefaults;
import dev.lightwork.yield.YieldEngine;
import dev.lightwork.yield.YieldInputException;
import dev.lightwork.yield.YieldResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lightwork yield DESIGN}: Monte Carlo / quasi-Monte Carlo manufacturing yield of a design over its tolerances,
 * with the failure causes, worst-lane margin and module power distributions, production test limits and cost per
 * good module.
 */
@Command(name = "yield",
        mixinStandardHelpOptions = true,
        description = "Manufacturing yield of a design: draws modules from the design's tolerances (and the catalogue's"
                + " default tolerances), checks each with the analyzer's rules at every operating corner, and reports yield"
                + " with its 95 %% confidence interval, failures per rule and lane, the tolerances that drive them, the"
                + " worst-lane margin and module power distributions, test-limit escapes and the cost per good module.",
        footer = {"", "Exit codes: 0 ok, 1 yield below --min-yield (or the study's minYield), 2 bad input or usage.",
                "Example: lightwork yield examples/400g-dr4-qsfpdd.lightwork --samples 100000 -f json -o out"})
public final class YieldCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { text, json, csv }

    /** Yield estimators by their command-line names. */
    public enum Estimator {
        indicator(YieldEngine.Estimator.INDICATOR), conditional(YieldEngine.Estimator.CONDITIONAL);

        final YieldEngine.Estimator estimator;

        Estimator(YieldEngine.Estimator estimator) {
            this.estimator = estimator;
        }
    }

    /** Sampling methods by their command-line names. */
    public enum Sampling {
        mc(SamplingMethod.MONTE_CARLO), sobol(SamplingMethod.SOBOL);

        final SamplingMethod method;

        Sampling(SamplingMethod method) {
            this.method = method;
        }
    }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The .lightwork design.")
    Path designFile;

    @Option(names = {"-n", "--samples"}, paramLabel = "N", description = "Modules to draw (default: the study's samples, else 10000).")
    Integer samples;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the study's seed, else 1); the same seed gives the same result.")
    Long seed;

    @Option(names = "--sampling", paramLabel = "METHOD", description = "mc (plain Monte Carlo) or sobol (quasi-Monte Carlo); default: the study's.")
    Sampling sampling;

    @Option(names = "--estimator", paramLabel = "E", description = "indicator (fraction of modules that pass; default) or conditional"
            + " (each module's pass probability with the lanes' TDECQ draws integrated exactly: less variance, several times"
            + " the time per module).")
    Estimator estimator;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or csv (default: text).")
    Format format = Format.text;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write <design>-yield.<format> into DIR instead of standard output.")
    Path out;

    @Option(names = "--min-yield", paramLabel = "Y", description = "Exit 1 when the yield is below Y (0..1; default: the study's minYield).")
    Double minYield;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors); the result does not depend on it.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (samples != null && (samples < 1 || samples > YieldEngine.MAX_SAMPLES)) {
            return usage(err, "--samples " + samples + " must be between 1 and " + YieldEngine.MAX_SAMPLES);
        }
        if (minYield != null && !(minYield >= 0 && minYield <= 1)) {
            return usage(err, "--min-yield " + minYield + " must be a fraction between 0 and 1");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            return usage(err, "--threads " + threads + " must be between 1 and 1024");
        }
        TransceiverDesign design;
        try {
            design = DesignFiles.load(designFile);
        } catch (DesignLoadException e) {
            return usage(err, e.getMessage());
        }
        Double studyMin = design.getYieldStudy() == null ? null : design.getYieldStudy().getMinYield();
        if (minYield == null && studyMin != null && !(studyMin >= 0 && studyMin <= 1)) {
            return usage(err, designFile + ": yieldStudy.minYield = " + studyMin + " must be a fraction between 0 and 1");
        }
        double min = minYield != null ? minYield : studyMin != null ? studyMin : Double.NaN;
        YieldResult result;
        try {
            CompiledModule module = CompiledModule.compile(design, new DesignAnalyzer(ReferenceLibrary.load()), ToleranceDefaults.load(),
                    designFile.toAbsolutePath().getParent());
            YieldEngine.Settings study = YieldEngine.settings(design, samples, seed, sampling == null ? null : sampling.method,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
            YieldEngine.Settings settings = new YieldEngine.Settings(study.samples(), study.seed(), study.sampling(), study.threads(),
                    estimator == null ? YieldEngine.Estimator.INDICATOR : estimator.estimator);
            if (settings.samples() < 1 || settings.samples() > YieldEngine.MAX_SAMPLES) {
                return usage(err, designFile + ": yieldStudy.samples = " + settings.samples() + " must be between 1 and " + YieldEngine.MAX_SAMPLES);
            }
            YieldEngine.Monitor monitor = quiet ? YieldEngine.Monitor.NONE : new Progress(err, settings.samples());
            result = YieldEngine.run(module, settings, monitor);
        } catch (YieldInputException e) {
            return usage(err, designFile + ": " + e.getMessage());
        }
        String text = switch (format) {
            case text -> text(result, min);
            case json -> json(result, min);
            case csv -> csv(result);
        };
        if (out != null) {
            try {
                Files.createDirectories(out);
                Path file = DesignArgument.sibling(designFile, out, "-yield." + format.name());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                if (!quiet) {
                    err.println("wrote " + file);
                }
            } catch (IOException e) {
                return usage(err, "cannot write to " + out + ": " + e.getMessage());
            }
        } else {
            stdout.print(text);
        }
        return !Double.isNaN(min) && result.yield() < min ? LightworkCommand.EXIT_VIOLATIONS : LightworkCommand.EXIT_OK;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("lightwork yield: " + message);
        return LightworkCommand.EXIT_USAGE;
    }

    /** Progress every 10 % on standard error. */
    private static final class Progress implements YieldEngine.Monitor {
        private final PrintWriter err;
        private final int total;
        private int reported;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        @Override
        public synchronized void done(int samplesDone, int samplesTotal) {
            int tenth = (int) (10L * samplesDone / total);
            if (tenth > reported) {
                reported = tenth;
                err.println("yield: " + samplesDone + " / " + total + " modules");
                err.flush();
            }
        }
    }

    static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %%", 100 * v) : "unknown";
    }

    static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "unknown";
    }

    static String text(YieldResult r, double minYield) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        w.printf(Locale.ROOT, "%s: yield %s (95 %% CI %s .. %s), %d modules, %s, seed %d%n", r.designId(), pct(r.yield()), pct(r.ci95()[0]),
                pct(r.ci95()[1]), r.samples(), r.sampling() == SamplingMethod.SOBOL ? "Sobol quasi-Monte Carlo" : "Monte Carlo", r.seed());
        w.printf(Locale.ROOT, "  interval: %s%n", r.ciMethod());
        w.printf(Locale.ROOT, "  estimator: %s%n", r.estimator());
        if (r.sampling() == SamplingMethod.SOBOL) {
            w.printf(Locale.ROOT, "  sampling: %s%n", r.samplingDetail());
        }
        w.printf(Locale.ROOT, "  nominal design: %s; %d draws per module; corners: %s%n", r.nominalPass() ? "PASS" : "FAIL", r.draws(),
                String.join(", ", r.corners()));
        if (!Double.isNaN(minYield)) {
            w.printf(Locale.ROOT, "  minimum yield %s: %s%n", pct(minYield), r.yield() < minYield ? "NOT MET" : "met");
        }
        w.println("Failures per rule (a module can fail several):");
        if (r.perRule().isEmpty()) {
            w.println("  none");
        }
        r.perRule().forEach(f -> w.printf(Locale.ROOT, "  %-22s %9s  %s%n", f.rule(), pct(f.failFraction()), f.title()));
        if (!r.perLane().isEmpty()) {
            w.println("Failures per lane (worst first):");
            r.perLane().stream().limit(8).forEach(f -> w.printf(Locale.ROOT, "  %-22s %9s%n", f.lane(), pct(f.failFraction())));
            if (r.perLane().size() > 8) {
                w.printf(Locale.ROOT, "  ... %d more lanes fail in some modules%n", r.perLane().size() - 8);
            }
        }
        w.println("Contributors (" + r.contributorMethod() + "):");
        if (r.contributors().isEmpty()) {
            w.println("  none found");
        }
        r.contributors().stream().limit(10).forEach(c -> w.printf(Locale.ROOT, "  %5.1f %%  %s (failures at %s values)%n", 100 * c.share(),
                c.label(), c.direction() > 0 ? "high" : "low"));
        w.print("Worst-lane margin quantiles (dB):");
        r.worstLaneMarginQuantiles().forEach(q -> w.printf(Locale.ROOT, "  p%s %s", trim(100 * q.p()), num(q.value(), 2)));
        w.println();
        w.print("Module power quantiles (W):");
        r.modulePowerQuantiles().forEach(q -> w.printf(Locale.ROOT, "  p%s %s", trim(100 * q.p()), num(q.value(), 2)));
        if (Double.isFinite(r.classLimitW())) {
            w.printf(Locale.ROOT, "%n  class limit %s W, over the limit in %s of modules%n", num(r.classLimitW(), 2), pct(r.powerOverClassFraction()));
        } else { // e.g. a CPO engine: no MSA power class applies
            w.printf(Locale.ROOT, "%n  no MSA power class limit applies or none is known%n");
        }
        for (YieldResult.TestResult t : r.tests()) {
            w.printf(Locale.ROOT, "Test %s %s %s %s (measurement sigma %s): passes %s, %s, %s%n",
                    t.term(), t.upperLimit() ? "<=" : ">=", num(t.limit(), 2), t.unit(), num(t.measurementSigma(), 2), pct(t.testYield()),
                    Double.isFinite(t.escapeRate()) ? "escapes " + pct(t.escapeRate()) + " of shipped modules (" + num(1e6 * t.escapeRate(), 0) + " ppm)"
                            : "no module passes it",
                    Double.isFinite(t.overkill()) ? "rejects good in " + pct(t.overkill()) + " of rejects" : "rejects none");
        }
        YieldResult.Cost c = r.cost();
        w.printf(Locale.ROOT, "Cost: BOM %s USD + assembly/test %s USD per module; %s", num(c.bomUsd(), 2),
                num(c.assemblyTestUsd(), 2), Double.isFinite(c.costPerGoodModuleUsd())
                        ? "cost per good module " + num(c.costPerGoodModuleUsd(), 2) + " USD" : "no cost per good module (no sampled module passes)");
        if (c.volume() != null && c.modulesToStart() != null) {
            w.printf(Locale.ROOT, "; %d good modules need %d started", c.volume(), c.modulesToStart());
        }
        w.println();
        r.warnings().forEach(x -> w.println("note: " + x));
        w.flush();
        return s.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static String json(YieldResult r, double minYield) {
        StringWriter s = new StringWriter();
        try (JsonWriter w = writer(s)) {
            w.beginObject();
            w.name("design").value(r.designId());
            w.name("samples").value(r.samples());
            w.name("seed").value(r.seed());
            w.name("sampling").value(r.sampling() == SamplingMethod.SOBOL ? "sobol" : "mc");
            w.name("draws").value(r.draws());
            w.name("corners");
            w.beginArray();
            for (String c : r.corners()) {
                w.value(c);
            }
            w.endArray();
            w.name("nominalVerdict").value(r.nominalPass() ? "PASS" : "FAIL");
            number(w, "yield", r.yield());
            w.name("ci95").beginArray();
            value(w, r.ci95()[0]);
            value(w, r.ci95()[1]);
            w.endArray();
            w.name("ciMethod").value(r.ciMethod());
            w.name("estimator").value(r.estimator().startsWith("conditional") ? "conditional" : "indicator");
            w.name("estimatorMethod").value(r.estimator());
            w.name("samplingMethod").value(r.samplingDetail());
            number(w, "minYield", minYield);
            w.name("perRule").beginArray();
            for (YieldResult.RuleFailure f : r.perRule()) {
                w.beginObject().name("rule").value(f.rule()).name("title").value(f.title());
                number(w, "failFraction", f.failFraction());
                w.endObject();
            }
            w.endArray();
            w.name("perLane").beginArray();
            for (YieldResult.LaneFailure f : r.perLane()) {
                w.beginObject().name("lane").value(f.lane());
                number(w, "failFraction", f.failFraction());
                w.endObject();
            }
            w.endArray();
            w.name("contributors").beginArray();
            for (YieldResult.Contributor c : r.contributors()) {
                w.beginObject().name("element").value(c.element()).name("attribute").value(c.attribute());
                number(w, "share", c.share());
                w.name("failsAt").value(c.direction() > 0 ? "high" : "low");
                w.name("source").value(c.source());
                w.endObject();
            }
            w.endArray();
            w.name("contributorMethod").value(r.contributorMethod());
            quantiles(w, "worstLaneMarginQuantiles", r.worstLaneMarginQuantiles());
            histogram(w, "worstLaneMarginHistogram", r.worstLaneMargin());
            number(w, "requiredMarginDb", r.requiredMarginDb());
            w.name("modulePower").beginObject();
            quantiles(w, "quantilesW", r.modulePowerQuantiles());
            histogram(w, "histogram", r.modulePower());
            number(w, "classLimitW", r.classLimitW());
            number(w, "overClassFraction", r.powerOverClassFraction());
            w.endObject();
            w.name("tests").beginArray();
            for (YieldResult.TestResult t : r.tests()) {
                w.beginObject().name("term").value(t.term()).name("unit").value(t.unit());
                number(w, "limit", t.limit());
                w.name("upperLimit").value(t.upperLimit());
                number(w, "measurementSigma", t.measurementSigma());
                number(w, "testYield", t.testYield());
                number(w, "escapeRate", t.escapeRate());
                number(w, "overkill", t.overkill());
                w.name("sweep").beginArray();
                for (YieldResult.TestPoint p : t.sweep()) {
                    w.beginObject();
                    number(w, "limit", p.limit());
                    number(w, "testYield", p.testYield());
                    number(w, "escapeRate", p.escapeRate());
                    w.endObject();
                }
                w.endArray();
                w.endObject();
            }
            w.endArray();
            YieldResult.Cost c = r.cost();
            number(w, "costPerGoodModuleUsd", c.costPerGoodModuleUsd());
            w.name("cost").beginObject();
            number(w, "bomUsd", c.bomUsd());
            number(w, "assemblyTestUsd", c.assemblyTestUsd());
            w.name("volume");
            if (c.volume() == null) {
                w.nullValue();
            } else {
                w.value(c.volume());
            }
            w.name("modulesToStart");
            if (c.modulesToStart() == null) {
                w.nullValue();
            } else {
                w.value(c.modulesToStart());
            }
            w.endObject();
            w.name("warnings").beginArray();
            for (String x : r.warnings()) {
                w.value(x);
            }
            w.endArray();
            w.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return s + "\n";
    }

    private static JsonWriter writer(Writer out) {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setSerializeNulls(true);
        w.setHtmlSafe(false);
        return w;
    }

    private static void number(JsonWriter w, String name, double v) throws IOException {
        w.name(name);
        value(w, v);
    }

    private static void value(JsonWriter w, double v) throws IOException {
        if (Double.isFinite(v)) {
            w.value(v);
        } else {
            w.nullValue();
        }
    }

    private static void quantiles(JsonWriter w, String name, java.util.List<YieldResult.QuantileValue> qs) throws IOException {
        w.name(name).beginArray();
        for (YieldResult.QuantileValue q : qs) {
            w.beginObject();
            number(w, "p", q.p());
            number(w, "value", q.value());
            w.endObject();
        }
        w.endArray();
    }

    private static void histogram(JsonWriter w, String name, YieldResult.Histogram h) throws IOException {
        w.name(name).beginObject();
        number(w, "min", h.min());
        number(w, "max", h.max());
        number(w, "binWidth", h.binWidth());
        number(w, "limit", h.limit());
        w.name("unit").value(h.unit());
        w.name("counts").beginArray();
        for (int c : h.counts()) {
            w.value(c);
        }
        w.endArray();
        w.endObject();
    }

    /** Long format, one figure per row: section,name,value (spreadsheets pivot it). */
    static String csv(YieldResult r) {
        StringBuilder b = new StringBuilder("section,name,value\n");
        row(b, "summary", "samples", r.samples());
        row(b, "summary", "seed", r.seed());
        row(b, "summary", "yield", r.yield());
        row(b, "summary", "ci95_lo", r.ci95()[0]);
        row(b, "summary", "ci95_hi", r.ci95()[1]);
        row(b, "summary", "cost_per_good_module_usd", r.cost().costPerGoodModuleUsd());
        r.perRule().forEach(f -> row(b, "rule_fail_fraction", f.rule(), f.failFraction()));
        r.perLane().forEach(f -> row(b, "lane_fail_fraction", f.lane(), f.failFraction()));
        r.contributors().forEach(c -> row(b, "contributor_share", c.element() + "." + c.attribute(), c.share()));
        r.worstLaneMarginQuantiles().forEach(q -> row(b, "worst_lane_margin_db", "p" + trim(100 * q.p()), q.value()));
        r.modulePowerQuantiles().forEach(q -> row(b, "module_power_w", "p" + trim(100 * q.p()), q.value()));
        for (YieldResult.TestResult t : r.tests()) {
            row(b, "test_yield", t.term() + "@" + t.limit(), t.testYield());
            row(b, "test_escape_rate", t.term() + "@" + t.limit(), t.escapeRate());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String section, String name, double value) {
        b.append(section).append(',').append(cell(name)).append(',').append(Double.isFinite(value) ? Double.toString(value) : "").append('\n');
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
    private static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
