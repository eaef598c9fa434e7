package dev.lightwork.cli;

import dev.lightwork.cli.common.CrashLog;
import java.io.PrintWriter;

import dev.lightwork.cli.common.ProductVersion;
import dev.lightwork.cli.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code lightwork} command: the headless face of the workbench for CI pipelines.
 * Sub-commands (validate, report, diagram, explore) are added by the issues that build them: one line each in
 * {@code subcommands} below.
 */
@Command(name = "lightwork",
        mixinStandardHelpOptions = true,
        versionProvider = ProductVersion.class,
        description = "Lightwork: design checks for optical transceivers (link budget, power, thermal).",
        footer = {"", "Exit codes: 0 ok, 1 design violations, 2 bad input or usage, 3 internal error (stack trace in a log file).",
                "Run 'lightwork help <command>' for a command's options, output formats and examples."},
        subcommands = {
                ValidateCommand.class,
                ReportCommand.class,
                DiagramCommand.class,
                ExploreCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                DiffCommand.class,
                YieldCommand.class,
                CommandLine.HelpCommand.class})
public final class LightworkCommand implements Runnable {

    /** Exit code when the run succeeded and every design passed. */
    public static final int EXIT_OK = 0;
    /** Exit code when at least one design violates a check. */
    public static final int EXIT_VIOLATIONS = 1;
    /** Exit code for bad input or wrong usage. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an unexpected error of Lightwork itself (never 0: a crash is never a pass). */
    public static final int EXIT_INTERNAL = 3;

    @Spec
    CommandSpec spec;

    /** Called when no sub-command is given: print usage and signal a usage error. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs the command line with the given streams and returns the process exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LightworkCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --format json as well as JSON
        // picocli's default usage-error code is 2 already; make it explicit because CI depends on it.
        cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("lightwork: " + ex.getMessage());
            if (!"Missing command".equals(ex.getMessage())) {
                ex.getCommandLine().usage(err);
            }
            return EXIT_USAGE;
        });
        // Anything a command does not handle is a defect of ours: one line, the trace in a log, exit 3 (never 0).
        cli.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            if (ex instanceof dev.lightwork.library.CatalogueExtension.BadCatalogue bad) { // the user's catalogue file: bad input
                err.println("lightwork: " + bad.getMessage().replace("\n", "\nlightwork: "));
                return EXIT_USAGE;
            }
            return internalError(ex, err);
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable t) { // Errors (OutOfMemoryError, StackOverflowError) pass picocli's handler
            code = internalError(t, err);
        }
        out.flush();
        if (out.checkError()) {
            // PrintWriter swallows write failures (a full disk, a closed pipe): a report that was not written is not a pass
            err.println("lightwork: cannot write to standard output; the report is incomplete");
            code = Math.max(code, EXIT_USAGE);
        }
        err.flush();
        return code;
    }

    private static int internalError(Throwable t, PrintWriter err) {
        java.nio.file.Path log = CrashLog.record("lightwork command failed", t);
        err.println("lightwork: internal error: " + CrashLog.describe(t, log));
        return EXIT_INTERNAL;
    }
}
