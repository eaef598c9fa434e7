package dev.lightwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.exchange.WorkbookExport;
import dev.lightwork.cli.common.ProductVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lightwork export}: a design as a spreadsheet whose budget cells are live formulas over its inputs. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = ProductVersion.class,
        description = {"Writes a design as an .xlsx workbook: Inputs (every value with unit, source and confidence), Limits (PMD and "
                + "power class), Link budget (every term per lane as formulas over the inputs), Power and Thermal.",
                "Edit an input in Excel or LibreOffice and the margins recalculate; 'lightwork import' reads the edits back."},
        footer = {"", "Exit codes: 0 written, 2 bad input or usage (the design cannot be read, the workbook cannot be written).",
                "", "Examples:", "  lightwork export --format xlsx examples/400g-dr4-qsfpdd.lightwork -o review/"})
public final class ExportCommand implements Callable<Integer> {

    enum Format { XLSX }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The .lightwork design to export.")
    Path design;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "xlsx", description = "xlsx (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", description = "Folder for DESIGN.xlsx (default: the current folder).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DesignAnalyzer analyzer = DesignArgument.analyzer();
        DesignAnalysis analysis = DesignArgument.analyse(design, analyzer, err);
        if (analysis == null) {
            return LightworkCommand.EXIT_USAGE;
        }
        Path file = DesignArgument.sibling(design, folder, ".xlsx");
        try {
            WorkbookExport.write(analysis, analyzer.library(), DesignArgument.revision(design), file);
        } catch (IOException | RuntimeException e) {
            err.println("lightwork: cannot write " + file + ": " + dev.lightwork.cli.common.IoProblem.describe(e));
            return LightworkCommand.EXIT_USAGE;
        }
        out.println(file);
        out.flush();
        return LightworkCommand.EXIT_OK;
    }
}
