package dev.lightwork.cli.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.cli.common.ProductVersion;
import dev.lightwork.cli.validate.DesignInputs.Input;
import dev.lightwork.cli.validate.DesignResult.Verdict;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.io.SafeText;
import dev.lightwork.model.io.DesignFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lightwork validate}: checks many designs in one run and reports in text, JSON, JUnit XML or SARIF. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = ProductVersion.class,
        description = {"Checks designs: per-lane link budget (IEEE 802.3 method), module power against its MSA power class, "
                + "thermal network temperatures.",
                "Arguments are .lightwork files, folders (searched recursively for *.lightwork) and glob patterns "
                        + "(quote them so the shell leaves them alone: 'designs/**/*.lightwork'). Designs are checked in parallel; "
                        + "reports list them in argument order. A file that cannot be checked gets one line "
                        + "(file:line:column: problem) and the run goes on with the others."},
        footer = {"",
                "Formats:",
                "  text   per design: verdict, worst lane margin, power vs MSA class, hottest",
                "         thermal node, errors with element, value, limit and source; then a",
                "         summary line (default)",
                "  json   stable contract for other tools (schemaVersion 2.0): designs[] with",
                "         file, name, verdict, power, lanes, thermal, diagnostics; unknown",
                "         numbers are null",
                "  junit  JUnit XML: one testsuite per design, one testcase per check (each",
                "         lane's link budget, module power, thermal network)",
                "  sarif  SARIF 2.1.0 for code scanning: one result per violation, rule ids",
                "         LW-LINK-MARGIN, LW-POWER-CLASS, LW-THERMAL-LIMIT, ...",
                "",
                "Exit codes:",
                "  0  every design passes",
                "  1  at least one design violates a check",
                "  2  bad input or usage: missing file, malformed XML, DOCTYPE/entities,",
                "     dangling reference, unknown optical PMD, folder without designs,",
                "     pattern without matches, impossible value, file over a limit;",
                "     2 wins over 1",
                "  3  internal error of Lightwork (one line per design on stderr, stack",
                "     trace in a log file; the other designs are still reported); 3 wins",
                "",
                "Examples:",
                "  lightwork validate examples/",
                "  lightwork validate -f junit -o target/lightwork.xml 'designs/**/*.lightwork'",
                "  lightwork validate --format sarif --output lightwork.sarif designs/"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER|GLOB", description = "Design files, folders or glob patterns.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, junit or sarif (default: ${DEFAULT-VALUE}).")
    Report.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically) instead of standard output.")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Designs checked in parallel (default: the number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr (default: only when stderr is a terminal and CI is not set).")
    Boolean progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        if (jobs < 1) {
            throw new CommandLine.ParameterException(cli, "--jobs must be at least 1, not " + jobs);
        }
        if (output != null && output.getFileName() != null && output.getFileName().toString().endsWith("." + DesignFiles.EXTENSION)) {
            throw new CommandLine.ParameterException(cli, "--output " + output + " would overwrite a design file; choose another name");
        }
        List<Input> files = DesignInputs.expand(inputs);
        if (output != null) {
            try {
                dev.lightwork.cli.OutputFiles.check(output, files.stream().map(Input::file).toList()); // before the work, not after
            } catch (IOException e) {
                throw new CommandLine.ParameterException(cli, "--output: " + SafeText.line(e.getMessage()));
            }
        }
        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        ProgressLine line = files.size() > 1 && ProgressLine.wanted(progress) ? new ProgressLine(err) : null;
        Batch batch = new BatchValidator(new DesignCheck(analyzer), jobs).validate(files, line == null ? BatchValidator.Progress.NONE : line);
        if (line != null) {
            line.clear();
        }
        // Bad inputs always reach stderr (the CI log), one line each, unless the text report on stdout lists them.
        if (format != Report.Format.TEXT || output != null) {
            batch.results().stream().filter(r -> r.verdict() == Verdict.ERROR).forEach(r -> err.println("lightwork: " + r.error()));
        }
        try {
            if (output == null) {
                format.create().write(batch, out);
            } else {
                // Encoded while written (a 1,000-design JSON report is tens of MB); replaced in one rename.
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
                try (Writer writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                    format.create().write(batch, writer);
                }
                dev.lightwork.cli.OutputFiles.write(output, buffer.toByteArray(), files.stream().map(Input::file).toList());
            }
        } catch (IOException e) {
            err.println("lightwork: cannot write the report to " + (output == null ? "standard output" : output) + ": " + dev.lightwork.cli.common.IoProblem.describe(e));
            return Batch.EXIT_ERROR;
        }
        out.flush();
        err.flush();
        return batch.exitCode();
    }
}
