package dev.lightwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.cli.common.ProductVersion;
import dev.lightwork.report.DesignComparison;
import dev.lightwork.report.DesignDiagrams;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lightwork report}: the design-review report of one design (HTML and/or PDF), optionally against an earlier revision. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = ProductVersion.class,
        description = {"Writes the design-review report of a design: diagrams, per-lane link budget with waterfall, power "
                + "against the MSA class, thermal results, all diagnostics and every input with its source.",
                "With --compare, the report also shows what changed since the earlier revision and how margins, power "
                        + "and temperatures moved."},
        footer = {"", "Exit codes: 0 the design passes, 1 it violates a check (the report is still written),",
                "2 bad input or usage (the design or the earlier revision cannot be read, the report cannot be written),", "3 internal error (stack trace in a log file).",
                "", "Examples:", "  lightwork report examples/400g-dr4-qsfpdd.lightwork",
                "  lightwork report --format pdf -o review/ design.lightwork",
                "  lightwork report --compare design-v1.lightwork design.lightwork",
                "  lightwork report --compare HEAD~1 design.lightwork"})
public final class ReportCommand implements Callable<Integer> {

    enum Format { HTML, PDF, BOTH }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The .lightwork design to report on.")
    Path design;

    @Option(names = "--compare", paramLabel = "EARLIER",
            description = "An earlier revision to compare with: a design file, or a Git revision of DESIGN (HEAD~1, a tag, a commit id).")
    String earlier;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "html",
            description = "html, pdf or both (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER",
            description = "Folder for DESIGN-report.html / .pdf (default: the current folder).")
    Path folder;

    @Spec
    CommandSpec spec;

    /** The files this run reads (outputs must never land on them): the design, and the earlier revision when it is a file. */
    private java.util.List<Path> inputs() {
        if (earlier != null) {
            try {
                Path file = Path.of(earlier);
                if (java.nio.file.Files.exists(file)) {
                    return java.util.List.of(design, file);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a Git revision, not a file
            }
        }
        return java.util.List.of(design);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DesignAnalyzer analyzer = DesignArgument.analyzer();
        DesignAnalysis analysis = DesignArgument.analyse(design, analyzer, err);
        DesignAnalysis before = earlier == null ? null : DesignArgument.earlier(design, earlier, analyzer, err);
        if (analysis == null || (earlier != null && before == null)) {
            return LightworkCommand.EXIT_USAGE;
        }
        ReportInput input = ReportInput.of(analysis, analyzer.library()).withSourceFile(design.toString())
                .withToolVersion("Lightwork " + ProductVersion.version()).withFigures(DesignDiagrams.STANDARD)
                .withRevision(DesignArgument.revision(design));
        if (before != null) {
            input = input.withComparison(DesignComparison.of(before, analysis));
        }
        try {
            if (format != Format.PDF) {
                Path html = DesignArgument.sibling(design, folder, "-report.html");
                OutputFiles.write(html, DesignReport.html(input).getBytes(java.nio.charset.StandardCharsets.UTF_8), inputs());
                out.println(html);
            }
            if (format != Format.HTML) {
                Path pdf = DesignArgument.sibling(design, folder, "-report.pdf");
                OutputFiles.write(pdf, DesignReport.pdf(input), inputs());
                out.println(pdf);
            }
        } catch (IOException e) {
            err.println(dev.lightwork.model.io.SafeText.line("lightwork: cannot write the report: " + dev.lightwork.cli.common.IoProblem.describe(e)));
            return LightworkCommand.EXIT_USAGE;
        }
        out.flush();
        return DesignArgument.exitCode(analysis);
    }

}
