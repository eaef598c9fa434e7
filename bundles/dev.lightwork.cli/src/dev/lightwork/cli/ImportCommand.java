package dev.lightwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.lightwork.exchange.WorkbookImport;
import dev.lightwork.exchange.WorkbookImportException;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.cli.common.ProductVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lightwork import}: the edited inputs of an exported workbook written back into the design, all or nothing. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = ProductVersion.class,
        description = {"Reads the Inputs sheet of a workbook written by 'lightwork export' and writes every changed value into the "
                + "design (atomic save). Lists each change (element.attribute: old -> new unit (cell)).",
                "An unknown row, a value that is not a number or an edited reference limit is reported as Sheet!Cell: problem, "
                        + "and the design is left untouched."},
        footer = {"", "Exit codes: 0 imported (or nothing changed), 2 bad input or usage (nothing is written).",
                "", "Examples:", "  lightwork import --format xlsx review/400g-dr4-qsfpdd.xlsx --into examples/400g-dr4-qsfpdd.lightwork",
                "  lightwork import --dry-run --format xlsx edited.xlsx --into design.lightwork"})
public final class ImportCommand implements Callable<Integer> {

    enum Format { XLSX }

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The .xlsx workbook to read.")
    Path workbook;

    @Option(names = "--into", required = true, paramLabel = "DESIGN", description = "The .lightwork design to change.")
    Path design;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "xlsx", description = "xlsx (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--dry-run", description = "List the changes without writing the design.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(workbook)) {
            err.println("lightwork: " + workbook + ": no such workbook");
            return LightworkCommand.EXIT_USAGE;
        }
        TransceiverDesign d;
        try {
            d = DesignFiles.load(design);
        } catch (DesignLoadException e) {
            err.println("lightwork: " + e.getMessage());
            return LightworkCommand.EXIT_USAGE;
        }
        List<WorkbookImport.Change> changes;
        try {
            changes = WorkbookImport.changes(workbook, d, ReferenceLibrary.load());
        } catch (WorkbookImportException e) {
            for (String p : e.problems()) {
                err.println(workbook + ": " + p);
            }
            err.println("lightwork: nothing imported; " + design + " is unchanged");
            return LightworkCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println("lightwork: cannot read " + workbook + ": " + e.getMessage());
            return LightworkCommand.EXIT_USAGE;
        }
        changes.forEach(c -> out.println(c));
        if (changes.isEmpty()) {
            out.println("no changes");
        } else if (!dryRun) {
            changes.forEach(WorkbookImport.Change::apply);
            try {
                DesignFiles.save(d, design);
            } catch (IOException e) {
                err.println("lightwork: cannot write " + design + ": " + e.getMessage() + " (the file is unchanged)");
                return LightworkCommand.EXIT_USAGE;
            }
            out.println(changes.size() + " change(s) written to " + design);
        }
        out.flush();
        return LightworkCommand.EXIT_OK;
    }
}
