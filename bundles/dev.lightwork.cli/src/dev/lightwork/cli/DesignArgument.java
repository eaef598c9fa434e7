package dev.lightwork.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.cli.validate.DesignCheck;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * A design named on the command line of {@code report} and {@code diagram}: loaded and analysed, or one clear line
 * on stderr (file:line:column and the problem) and {@code null}, so the command exits with 2.
 */
final class DesignArgument {

    private DesignArgument() {
    }

    static DesignAnalysis analyse(Path file, DesignAnalyzer analyzer, PrintWriter err) {
        try {
            DesignAnalysis analysis = analyzer.analyze(DesignFiles.load(file));
            String impossible = DesignCheck.impossibleValue(file, file.toString(), analysis);
            if (impossible != null) {
                err.println("lightwork: " + impossible); // bad input: no report or diagram of impossible values
                return null;
            }
            return analysis;
        } catch (DesignLoadException e) {
            err.println(dev.lightwork.model.io.SafeText.line("lightwork: " + e.getMessage()));
            return null;
        }
    }

    /**
     * An earlier revision of {@code design}: the file {@code earlier} when it exists, else {@code earlier} as a Git
     * revision of the design's repository; null (after one line on stderr) when neither can be read.
     */
    static DesignAnalysis earlier(Path design, String earlier, DesignAnalyzer analyzer, PrintWriter err) {
        Path file = Path.of(earlier);
        if (java.nio.file.Files.exists(file)) {
            return analyse(file, analyzer, err);
        }
        try {
            return analyzer.analyze(dev.lightwork.exchange.GitRevisions.load(design, earlier));
        } catch (dev.lightwork.exchange.GitRevisions.RevisionException e) {
            err.println("lightwork: --compare " + earlier + ": no such file, and not a Git revision of " + design + ": " + e.getMessage());
            return null;
        }
    }

    /** The design's Git revision for title blocks ("3f2a1c9 (2026-12-01), modified"), or "" outside a repository. */
    static String revision(Path file) {
        return dev.lightwork.exchange.GitRevisions.describe(file).orElse("");
    }

    static DesignAnalyzer analyzer() {
        return new DesignAnalyzer(ReferenceLibrary.load());
    }

    /** FILE.lightwork -> FILE + suffix in {@code folder} (or next to nothing: the current folder). */
    static Path sibling(Path design, Path folder, String suffix) {
        String name = design.getFileName().toString();
        String base = name.endsWith("." + DesignFiles.EXTENSION) ? name.substring(0, name.length() - DesignFiles.EXTENSION.length() - 1) : name;
        return (folder == null ? Path.of("") : folder).resolve(base + suffix);
    }

    static int exitCode(DesignAnalysis analysis) {
        return analysis.verdict() != DesignAnalysis.Verdict.FAIL ? LightworkCommand.EXIT_OK : LightworkCommand.EXIT_VIOLATIONS;
    }
}
