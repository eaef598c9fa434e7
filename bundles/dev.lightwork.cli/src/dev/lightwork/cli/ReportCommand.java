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
                "2 bad input or usage (the design or the earlier revision cannot be read, the report cannot be written).",
                "", "Examples:", "  lightwork report examples/400g-dr4-qsfpdd.lightwork",
                "  lightwork report --format pdf -o review/ design.lightwork",
                "  lightwork report --compare design-v1.lightwork design.lightwork"})
public final class ReportCommand implements Callable<Integer> {

    enum Format { HTML, PDF, BOTH }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The .lightwork design to report on.")
    Path design;

    @Option(names = "--compare", paramLabel = "EARLIER", description = "An earlier revision of the design to compare with.")
    Path earlier;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "html",
            description = "html, pdf or both (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER",
            description = "Folder for DESIGN-report.html / .pdf (default: the current folder).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DesignAnalyzer analyzer = DesignArgument.analyzer();
        DesignAnalysis analysis = DesignArgument.analyse(design, analyzer, err);
        DesignAnalysis before = earlier == null ? null : DesignArgument.analyse(earlier, analyzer, err);
        if (analysis == null || (earlier != null && before == null)) {
            return LightworkCommand.EXIT_USAGE;
        }
        ReportInput input = ReportInput.of(analysis, analyzer.library()).withSourceFile(design.toString())
                .withToolVersion("Lightwork " + ProductVersion.version()).withFigures(DesignDiagrams.STANDARD);
        if (before != null) {
            input = input.withComparison(DesignComparison.of(before, analysis));
        }
        try {
            if (format != Format.PDF) {
                Path html = DesignArgument.sibling(design, folder, "-report.html");
                DesignReport.writeHtml(input, html);
                out.println(html);
            }
            if (format != Format.HTML) {
                Path pdf = DesignArgument.sibling(design, folder, "-report.pdf");
                DesignReport.writePdf(input, pdf);
                out.println(pdf);
            }
        } catch (IOException e) {
            err.println("lightwork: cannot write the report: " + e.getMessage());
            return LightworkCommand.EXIT_USAGE;
        }
        out.flush();
        return DesignArgument.exitCode(analysis);
    }

}
