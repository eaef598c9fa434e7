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
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.report.study.FrontCsv;
import dev.lightwork.report.study.FrontJson;
import dev.lightwork.report.study.ParetoPlot;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.SolverDisagreementException;
import dev.lightwork.solver.StudyInputException;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.engine.TradeStudySolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lightwork explore DESIGN --study NAME}: solves a trade study of a design headless and writes the exact
 * Pareto front as JSON, CSV and an SVG plot (and, on request, every front design as a .lightwork file).
 */
@Command(name = "explore",
        mixinStandardHelpOptions = true,
        description = {"Solve a trade study of a design: the exact Pareto front (every point re-validated by the analyzer),",
                "written as <study>-front.json, .csv and .svg."},
        footer = {"", "Exit codes: 0 front found (also when partial: see \"partial\" in the JSON), 1 no feasible design,",
                "2 bad input (file, study, options) or a solver/analyzer disagreement."})
public final class ExploreCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, csv, svg }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The .lightwork design holding the study.")
    Path designFile;

    @Option(names = {"-s", "--study"}, required = true, paramLabel = "NAME", description = "Id or name of the trade study.")
    String studyName;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: current folder).")
    Path out = Path.of(".");

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", description = "Any of json, csv, svg (default: all).")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Search time limit (default: the study's timeLimitS, else 10 s).")
    Double timeLimit;

    @Option(names = "--designs", description = "Also write every front design as <design>-pareto-<n>.lightwork.")
    boolean writeDesigns;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeLimit != null && !(timeLimit > 0)) {
            err.println("lightwork explore: --time-limit " + timeLimit + " must be a positive number of seconds");
            return LightworkCommand.EXIT_USAGE;
        }
        TransceiverDesign design;
        try {
            design = DesignFiles.load(designFile);
        } catch (DesignLoadException e) {
            err.println("lightwork explore: " + e.getMessage());
            return LightworkCommand.EXIT_USAGE;
        }
        StudyResult result;
        try {
            TradeStudy study = TradeStudySolver.study(design, studyName);
            TradeStudySolver solver = new TradeStudySolver(new DesignAnalyzer(ReferenceLibrary.load()));
            ProgressMonitor monitor = quiet ? ProgressMonitor.NONE : new ProgressMonitor() {
                @Override
                public void beginTask(String name, int totalWork) {
                    err.println(name);
                    err.flush();
                }
            };
            double limit = timeLimit != null ? timeLimit : study.getTimeLimitS() == null ? 10.0 : study.getTimeLimitS();
            result = solver.explore(design, study, limit, monitor);
        } catch (StudyInputException e) {
            err.println("lightwork explore: " + e.getMessage());
            return LightworkCommand.EXIT_USAGE;
        } catch (SolverDisagreementException e) {
            err.println("lightwork explore: internal check failed, no result written: " + e.getMessage());
            return LightworkCommand.EXIT_USAGE;
        }
        try {
            write(result, design);
        } catch (IOException e) {
            err.println("lightwork explore: cannot write to " + this.out + ": " + e.getMessage());
            return LightworkCommand.EXIT_USAGE;
        }
        summary(out, result);
        return result.feasible() ? LightworkCommand.EXIT_OK : LightworkCommand.EXIT_VIOLATIONS;
    }

    private void write(StudyResult r, TransceiverDesign design) throws IOException {
        Files.createDirectories(out);
        String stem = fileName(r.study()) + "-front";
        if (formats.contains(Format.json)) {
            Files.writeString(out.resolve(stem + ".json"), FrontJson.write(r), StandardCharsets.UTF_8);
        }
        if (formats.contains(Format.csv)) {
            Files.writeString(out.resolve(stem + ".csv"), FrontCsv.write(r), StandardCharsets.UTF_8);
        }
        if (formats.contains(Format.svg)) {
            Files.writeString(out.resolve(stem + ".svg"), ParetoPlot.svg(r), StandardCharsets.UTF_8);
        }
        if (writeDesigns) {
            for (ParetoPoint p : r.front()) {
                DesignFiles.save(p.design(), out.resolve(fileName(p.design().getId()) + "." + DesignFiles.EXTENSION));
            }
        }
    }

    private static String fileName(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private void summary(PrintWriter out, StudyResult r) {
        if (!r.feasible()) {
            out.println(r.infeasibility() != null ? r.infeasibility().message()
                    : "no feasible design found before the " + r.stopReason() + " (the study is not proven infeasible)");
            return;
        }
        out.printf(Locale.ROOT, "study %s: %d Pareto designs of %s combinations%s (search %.2f s, %d nodes)%n", r.study(), r.front().size(),
                r.combinations(), r.partial() ? ", PARTIAL front (" + r.stopReason() + ")" : ", exact front", r.solveSeconds(), r.solverNodes());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%5s", "#"));
        r.objectives().forEach(o -> header.append(String.format(Locale.ROOT, "  %28s", o.label())));
        out.println(header);
        for (ParetoPoint p : r.front()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d", p.index()));
            for (double v : p.values()) {
                row.append(String.format(Locale.ROOT, "  %28.4f", v));
            }
            out.println(row.append("  ").append(p.choices()));
        }
        r.notes().forEach(n -> out.println("note: " + n));
    }
}
