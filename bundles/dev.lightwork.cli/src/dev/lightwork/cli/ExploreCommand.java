package dev.lightwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.report.study.FrontCsv;
import dev.lightwork.report.study.FrontJson;
import dev.lightwork.report.study.ParetoPlot;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.PointVariant;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.SolverDisagreementException;
import dev.lightwork.solver.StudyInputException;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.engine.TradeStudySolver;
import dev.lightwork.yield.FrontYield;
import dev.lightwork.yield.ToleranceDefaults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lightwork explore DESIGN [--study NAME]}: solves a trade study of a design headless and writes the exact
 * Pareto front as JSON, CSV and an SVG plot (and, on request, every front design as a .lightwork file).
 */
@Command(name = "explore",
        mixinStandardHelpOptions = true,
        description = {"Solve a trade study of a design: the exact Pareto front (every point re-validated by the analyzer),",
                "written as <study>-front.json, .csv and .svg."},
        footer = {"", "Exit codes: 0 front found (also when partial: see \"partial\" in the JSON), 1 no feasible design,",
                "2 bad input (file, study, options) or a solver/analyzer disagreement, 3 internal error."})
public final class ExploreCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, csv, svg }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The .lightwork design holding the study.")
    Path designFile;

    @Option(names = {"-s", "--study"}, paramLabel = "NAME", description = "Id or name of the trade study (default: the design's only study).")
    String studyName;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: current folder).")
    Path out = Path.of(".");

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", description = "Any of json, csv, svg (default: all).")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Search time limit (default: the study's timeLimitS, else 10 s).")
    Double timeLimit;

    @Option(names = "--designs", description = {"Also write every front design as <design>-<study>-<chosen values>.lightwork, named by what it changes",
            "(-base: the design's own choices; -p<n> when the values make a long name; never over an existing file unless --force)."})
    boolean writeDesigns;

    @Option(names = "--force", description = "Let --designs replace existing .lightwork files.")
    boolean force;

    /** Longest accepted --time-limit: a day; beyond, the solver's time budget would overflow into "no time at all". */
    static final double MAX_TIME_LIMIT_S = 86_400;

    @Option(names = "--yield-samples", paramLabel = "N",
            description = {"Monte Carlo modules per front design for its yield and cost per good module (a re-ranking of the exact front,",
                    "not a solver objective; the design's yield study gives tolerances, corners, costs and minYield); default 0 = none."})
    Integer yieldSamples;

    /** Largest --yield-samples: each front design is a full yield run. */
    static final int MAX_YIELD_SAMPLES = 1_000_000;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeLimit != null && !(timeLimit > 0 && timeLimit <= MAX_TIME_LIMIT_S)) {
            err.println("lightwork explore: --time-limit " + timeLimit + " must be a number of seconds above 0 and at most " + (long) MAX_TIME_LIMIT_S
                    + " (a day)");
            return LightworkCommand.EXIT_USAGE;
        }
        if (yieldSamples != null && !(yieldSamples >= 0 && yieldSamples <= MAX_YIELD_SAMPLES)) {
            err.println("lightwork explore: --yield-samples " + yieldSamples + " must be between 0 and " + MAX_YIELD_SAMPLES);
            return LightworkCommand.EXIT_USAGE;
        }
        TransceiverDesign design;
        try {
            design = DesignFiles.load(designFile);
        } catch (DesignLoadException e) {
            err.println(dev.lightwork.model.io.SafeText.line("lightwork explore: " + e.getMessage()));
            return LightworkCommand.EXIT_USAGE;
        }
        DesignAnalyzer analyzer = DesignArgument.analyzer(); // one analyzer for the check, the solver and the yields
        String impossible = dev.lightwork.cli.validate.DesignCheck.impossibleValue(designFile, designFile.toString(), analyzer.analyze(design));
        if (impossible != null) {
            err.println("lightwork explore: " + impossible); // a study of impossible values would explore nonsense
            return LightworkCommand.EXIT_USAGE;
        }
        StudyResult result;
        try {
            TradeStudy study = TradeStudySolver.study(design, studyName);
            TradeStudySolver solver = new TradeStudySolver(analyzer);
            ProgressMonitor monitor = quiet ? ProgressMonitor.NONE : new ProgressMonitor() {
                @Override
                public void beginTask(String name, int totalWork) {
                    err.println(name);
                    err.flush();
                }
            };
            double limit = timeLimit != null ? timeLimit : study.getTimeLimitS() == null ? 10.0 : study.getTimeLimitS();
            if (!(limit > 0 && limit <= MAX_TIME_LIMIT_S)) {
                err.println("lightwork explore: " + designFile + ": the study's timeLimitS " + limit + " must be above 0 and at most "
                        + (long) MAX_TIME_LIMIT_S + " s");
                return LightworkCommand.EXIT_USAGE;
            }
            result = solver.explore(design, study, limit, monitor);
        } catch (StudyInputException e) {
            err.println(dev.lightwork.model.io.SafeText.line("lightwork explore: " + e.getMessage()));
            return LightworkCommand.EXIT_USAGE;
        } catch (SolverDisagreementException e) {
            err.println(dev.lightwork.model.io.SafeText.line("lightwork explore: internal check failed, no result written: " + e.getMessage()));
            return LightworkCommand.EXIT_USAGE;
        }
        int samples = yieldSamples != null ? yieldSamples : 0;
        java.util.List<FrontYield.PointYield> yields = java.util.List.of();
        if (samples > 0 && result.feasible()) {
            if (!quiet) {
                err.println("yield of " + result.front().size() + " front designs, " + samples + " modules each");
                err.flush();
            }
            long seed = design.getYieldStudy() != null && design.getYieldStudy().getSeed() != null ? design.getYieldStudy().getSeed() : 1L;
            yields = FrontYield.of(result.front().stream().map(ParetoPoint::design).toList(), analyzer,
                    ToleranceDefaults.load(), designFile.toAbsolutePath().getParent(), samples, seed, Runtime.getRuntime().availableProcessors(), null,
                    dev.lightwork.yield.YieldEngine.Monitor.NONE);
        }
        try {
            write(result, design, yields, samples);
        } catch (IOException e) {
            err.println(dev.lightwork.model.io.SafeText.line("lightwork explore: cannot write to " + this.out + ": " + e.getMessage()));
            return LightworkCommand.EXIT_USAGE;
        }
        summary(out, result, yields);
        return result.feasible() ? LightworkCommand.EXIT_OK : LightworkCommand.EXIT_VIOLATIONS;
    }

    private void write(StudyResult r, TransceiverDesign design, java.util.List<FrontYield.PointYield> yields, int yieldSamples) throws IOException {
        Files.createDirectories(out);
        java.util.List<Path> inputs = java.util.List.of(designFile);
        String stem = fileName(r.study()) + "-front";
        java.util.Map<ParetoPoint, Path> targets = writeDesigns ? designTargets(r, design) : java.util.Map.of();
        if (writeDesigns) {
            // check every target first: a refused one must not leave half the designs written
            for (Path target : targets.values()) {
                OutputFiles.check(target, inputs);
                if (!force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " exists; --designs never overwrites a design without --force");
                }
            }
        }
        if (formats.contains(Format.json)) {
            OutputFiles.write(out.resolve(stem + ".json"), FrontJson.write(r, yields, yieldSamples).getBytes(StandardCharsets.UTF_8), inputs);
        }
        if (formats.contains(Format.csv)) {
            OutputFiles.write(out.resolve(stem + ".csv"), FrontCsv.write(r, yields).getBytes(StandardCharsets.UTF_8), inputs);
        }
        if (formats.contains(Format.svg)) {
            OutputFiles.write(out.resolve(stem + ".svg"), ParetoPlot.svg(r, yields).getBytes(StandardCharsets.UTF_8), inputs);
        }
        if (writeDesigns) {
            for (java.util.Map.Entry<ParetoPoint, Path> e : targets.entrySet()) {
                ParetoPoint p = e.getKey();
                TransceiverDesign copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(p.design()); // the result keeps its own design
                copy.setName(PointVariant.of(design, r.variables(), p).designName(copy.getName(), r.study(), p.index()));
                DesignFiles.save(copy, e.getValue());
            }
        }
    }

    /**
     * Where each front design goes: named by what it changed, as the Trade Study view names it ({@link PointVariant#fileStem});
     * two points whose values read the same after file-name escaping get their point number too.
     */
    private java.util.Map<ParetoPoint, Path> designTargets(StudyResult r, TransceiverDesign design) {
        String name = designFile.getFileName().toString();
        String stem = name.endsWith("." + DesignFiles.EXTENSION) ? name.substring(0, name.length() - DesignFiles.EXTENSION.length() - 1) : name;
        java.util.Map<ParetoPoint, Path> targets = new java.util.LinkedHashMap<>();
        Set<String> used = new java.util.HashSet<>();
        for (ParetoPoint p : r.front()) {
            String file = PointVariant.of(design, r.variables(), p).fileStem(stem, r.study(), p.index());
            if (!used.add(file.toLowerCase(Locale.ROOT))) {
                file = file + "-p" + (p.index() + 1);
                used.add(file.toLowerCase(Locale.ROOT));
            }
            targets.put(p, out.resolve(file + "." + DesignFiles.EXTENSION));
        }
        return targets;
    }

    private static String fileName(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private void summary(PrintWriter out, StudyResult r, java.util.List<FrontYield.PointYield> yields) {
        if (!r.feasible()) {
            out.println(r.infeasibility() != null ? r.infeasibility().message()
                    : "no feasible design found before the " + r.stopReason() + " (the study is not proven infeasible)");
            return;
        }
        out.printf(Locale.ROOT, "study %s: %d Pareto designs of %s combinations%s (search %.2f s, %d nodes)%n", r.study(), r.front().size(),
                r.combinations(), r.partial() ? ", PARTIAL front (" + r.stopReason() + ")" : ", exact front", r.solveSeconds(), r.solverNodes());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%5s", "#"));
        r.objectives().forEach(o -> header.append(String.format(Locale.ROOT, "  %28s", o.label())));
        if (!yields.isEmpty()) {
            header.append(String.format(Locale.ROOT, "  %8s  %12s  %4s", "yield", "USD/good", "rank"));
        }
        out.println(header);
        for (int i = 0; i < r.front().size(); i++) {
            ParetoPoint p = r.front().get(i);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d", p.index()));
            for (double v : p.values()) {
                row.append(String.format(Locale.ROOT, "  %28.4f", v));
            }
            if (i < yields.size()) {
                FrontYield.PointYield y = yields.get(i);
                row.append(String.format(Locale.ROOT, "  %7.2f%%  %12.2f  %4d", 100 * y.yield(), y.costPerGoodModuleUsd(), y.rank()));
            }
            out.println(row.append("  ").append(p.choices()));
        }
        if (!yields.isEmpty()) {
            out.println("yield: " + FrontYield.METHOD);
        }
        r.notes().forEach(n -> out.println("note: " + n));
    }
}
