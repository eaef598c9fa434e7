package dev.lightwork.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.exchange.DesignDiff;
import dev.lightwork.exchange.DesignText;
import dev.lightwork.exchange.GitRevisions;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.cli.common.ProductVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lightwork diff}: what changed between two revisions of a design, element by element, and what it did to the results. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = ProductVersion.class,
        description = {"Compares two revisions of a design: model changes (values with units, parts swapped, lanes added or removed) "
                + "and their effect on the results (lane margins, module power, pJ/bit, temperatures, errors per rule, verdict).",
                "A revision is a file, or with --git a Git revision of the design's own repository (read with JGit).",
                "Git integration: --textconv prints a design as line-per-fact text (diff.lightwork.textconv); 'git difftool -x' and "
                        + "diff.lightwork.command work with the plain two-file form (a 7-argument GIT_EXTERNAL_DIFF call is understood)."},
        footer = {"", "Exit codes: 0 compared (changed or not), 2 bad input or usage.", "", "Examples:",
                "  lightwork diff design-v1.lightwork design.lightwork", "  lightwork diff design.lightwork --git HEAD~1 --format json",
                "  lightwork diff --textconv design.lightwork"})
public final class DiffCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Parameters(arity = "1..7", paramLabel = "FILE",
            description = "BEFORE AFTER; or DESIGN with --git REV or --textconv; or Git's 7 external-diff arguments.")
    List<Path> files;

    @Option(names = "--git", paramLabel = "REV", description = "Compare DESIGN with its revision REV (HEAD, HEAD~1, a tag or commit id).")
    String revision;

    @Option(names = "--textconv", description = "Print DESIGN as line-per-fact text for Git's textconv.")
    boolean textconv;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DesignAnalyzer analyzer = DesignArgument.analyzer();
        Path beforeFile;
        Path afterFile;
        DesignAnalysis before;
        String beforeName;
        if (textconv || revision != null) {
            if (files.size() != 1) {
                err.println("lightwork: --textconv and --git take one design, got " + files.size() + " files");
                return LightworkCommand.EXIT_USAGE;
            }
            afterFile = files.get(0);
            if (textconv) {
                DesignAnalysis a = DesignArgument.analyse(afterFile, analyzer, err);
                if (a == null) {
                    return LightworkCommand.EXIT_USAGE;
                }
                out.print(DesignText.of(a, analyzer.library()));
                out.flush();
                return LightworkCommand.EXIT_OK;
            }
            TransceiverDesign old;
            try {
                old = GitRevisions.load(afterFile, revision);
            } catch (GitRevisions.RevisionException e) {
                err.println("lightwork: " + e.getMessage());
                return LightworkCommand.EXIT_USAGE;
            }
            before = analyzer.analyze(old);
            beforeName = revision + ":" + afterFile;
        } else if (files.size() == 2 || files.size() == 7) {
            // Git's external diff passes: path old-file old-hex old-mode new-file new-hex new-mode.
            beforeFile = files.size() == 2 ? files.get(0) : files.get(1);
            afterFile = files.size() == 2 ? files.get(1) : files.get(4);
            before = DesignArgument.analyse(beforeFile, analyzer, err);
            if (before == null) {
                return LightworkCommand.EXIT_USAGE;
            }
            beforeName = files.size() == 2 ? beforeFile.toString() : "a/" + files.get(0);
        } else {
            err.println("lightwork: diff needs BEFORE AFTER, or one DESIGN with --git REV or --textconv");
            return LightworkCommand.EXIT_USAGE;
        }
        DesignAnalysis after = DesignArgument.analyse(afterFile, analyzer, err);
        if (after == null) {
            return LightworkCommand.EXIT_USAGE;
        }
        DesignDiff diff = DesignDiff.of(before, after);
        String afterName = files.size() == 7 ? "b/" + files.get(0) : afterFile.toString();
        if (format == Format.JSON) {
            out.println(new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(json(diff, beforeName, afterName)));
        } else {
            out.print(diff.text(beforeName, afterName));
        }
        out.flush();
        return LightworkCommand.EXIT_OK;
    }

    private static JsonObject json(DesignDiff diff, String beforeName, String afterName) {
        JsonObject o = new JsonObject();
        o.addProperty("schemaVersion", "1.0");
        o.addProperty("before", beforeName);
        o.addProperty("after", afterName);
        JsonObject verdict = new JsonObject();
        verdict.addProperty("before", diff.before().verdict().name().toLowerCase(java.util.Locale.ROOT));
        verdict.addProperty("after", diff.after().verdict().name().toLowerCase(java.util.Locale.ROOT));
        o.add("verdict", verdict);
        JsonArray changes = new JsonArray();
        for (DesignDiff.Entry e : diff.changes()) {
            JsonObject c = new JsonObject();
            c.addProperty("element", e.change().element());
            c.addProperty("type", e.change().type());
            c.addProperty("kind", e.change().kind().name().toLowerCase(java.util.Locale.ROOT));
            c.addProperty("category", e.category());
            c.addProperty("feature", e.change().feature());
            c.addProperty("unit", e.change().feature() == null ? null : dev.lightwork.report.Quantities.unit(e.change().feature()));
            c.addProperty("before", e.change().oldValue());
            c.addProperty("after", e.change().newValue());
            changes.add(c);
        }
        o.add("changes", changes);
        JsonObject results = new JsonObject();
        results.add("laneMarginsDb", moves(diff.laneMargins()));
        results.add("powerW", move(diff.powerW()));
        results.add("pJPerBit", move(diff.pJPerBit()));
        results.add("temperaturesC", moves(diff.temperaturesC()));
        results.add("ruleErrors", moves(diff.ruleErrors()));
        o.add("results", results);
        return o;
    }

    private static JsonObject moves(Map<String, DesignDiff.Move> moves) {
        JsonObject o = new JsonObject();
        moves.forEach((k, m) -> o.add(k, move(m)));
        return o;
    }

    private static JsonObject move(DesignDiff.Move m) {
        JsonObject o = new JsonObject();
        o.addProperty("before", Double.isFinite(m.before()) ? m.before() : null);
        o.addProperty("after", Double.isFinite(m.after()) ? m.after() : null);
        o.addProperty("delta", Double.isFinite(m.delta()) ? m.delta() : null);
        return o;
    }
}
