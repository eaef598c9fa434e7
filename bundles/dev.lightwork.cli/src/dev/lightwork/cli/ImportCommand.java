package dev.lightwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.lightwork.exchange.PartsSheet;
import dev.lightwork.exchange.WorkbookImport;
import dev.lightwork.exchange.WorkbookImportException;
import dev.lightwork.library.CatalogPart;
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
                        + "and the design is left untouched.",
                "With --parts, reads the Parts sheet instead (new catalogue parts: id, kind, name, source, confidence, value columns) "
                        + "and merges it into the catalogue CSV file given by --into (created when missing; a part of the same id is "
                        + "replaced). Set LIGHTWORK_CATALOGUE to that file (several: separated by ':') to use the parts."},
        footer = {"", "Exit codes: 0 imported (or nothing changed), 2 bad input or usage (nothing is written).",
                "", "Examples:", "  lightwork import --format xlsx review/400g-dr4-qsfpdd.xlsx --into examples/400g-dr4-qsfpdd.lightwork",
                "  lightwork import --dry-run --format xlsx edited.xlsx --into design.lightwork",
                "  lightwork import --format xlsx --parts team-parts.xlsx --into catalogue/parts.csv"})
public final class ImportCommand implements Callable<Integer> {

    enum Format { XLSX }

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The .xlsx workbook to read.")
    Path workbook;

    @Option(names = "--into", required = true, paramLabel = "DESIGN", description = "The .lightwork design to change (with --parts: the catalogue CSV file).")
    Path design;

    @Option(names = "--parts", description = "Read the Parts sheet into the catalogue CSV file given by --into.")
    boolean parts;

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
        if (parts) {
            return parts(out, err);
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
            return refused(e, err);
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

    /** Every problem of the workbook by sheet!cell, and that nothing was written: exit 2. */
    private int refused(WorkbookImportException e, PrintWriter err) {
        for (String p : e.problems()) {
            err.println(workbook + ": " + p);
        }
        err.println("lightwork: nothing imported; " + design + " is unchanged");
        return LightworkCommand.EXIT_USAGE;
    }

    /** The Parts sheet merged into the catalogue file {@code --into}, all or nothing. */
    private int parts(PrintWriter out, PrintWriter err) {
        if (design.getFileName().toString().endsWith("." + DesignFiles.EXTENSION)) {
            err.println("lightwork: --parts writes a catalogue CSV file, not the design " + design + " (e.g. --into parts.csv)");
            return LightworkCommand.EXIT_USAGE;
        }
        ReferenceLibrary library = ReferenceLibrary.shipped(); // new ids are checked against the shipped catalogue
        try {
            List<CatalogPart> read = PartsSheet.read(workbook, library);
            if (read.isEmpty()) {
                out.println("no parts in the Parts sheet; " + design + " is unchanged");
                out.flush();
                return LightworkCommand.EXIT_OK;
            }
            PartsSheet.Merge m = dryRun ? null : PartsSheet.merge(design, read, library);
            for (CatalogPart p : read) {
                boolean replaced = m != null && m.replaced().contains(p);
                out.println((replaced ? "replaced " : "added ") + p.id() + " (" + p.kind().name().toLowerCase(java.util.Locale.ROOT) + ", "
                        + p.numbers().size() + " values, " + p.provenance().confidence() + ": " + p.provenance().source() + ")");
            }
            if (!dryRun) {
                out.println(read.size() + " part(s) written to " + design + "; use them with LIGHTWORK_CATALOGUE=" + design.toAbsolutePath());
            }
        } catch (WorkbookImportException e) {
            return refused(e, err);
        } catch (IOException e) {
            err.println("lightwork: cannot read " + workbook + " or write " + design + ": " + e.getMessage() + " (" + design + " is unchanged)");
            return LightworkCommand.EXIT_USAGE;
        }
        out.flush();
        return LightworkCommand.EXIT_OK;
    }
}
