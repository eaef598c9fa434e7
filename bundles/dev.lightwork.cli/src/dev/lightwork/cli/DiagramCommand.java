package dev.lightwork.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.cli.common.ProductVersion;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lightwork diagram}: architecture, link and thermal diagrams of a design as SVG or PNG, laid out by ELK. */
@Command(name = "diagram",
        mixinStandardHelpOptions = true,
        versionProvider = ProductVersion.class,
        description = {"Draws diagrams of a design: architecture (module, DSP, lanes, optics; lanes coloured by link margin, "
                + "large designs grouped), link (one lane end to end with its budget on the edges), thermal (nodes with "
                + "temperatures against limits, paths with K/W)."},
        footer = {"", "Files are written as DESIGN-KIND.svg / .png in the output folder and their names printed.",
                "Exit codes: 0 the design passes, 1 it violates a check (diagrams are still drawn), 2 bad input or usage, 3 internal error.",
                "", "Examples:", "  lightwork diagram examples/51p2t-cpo-engine.lightwork",
                "  lightwork diagram --kind link --lane lane3 --format png --scale 2 -o out/ design.lightwork"})
public final class DiagramCommand implements Callable<Integer> {

    enum Kind { ALL, ARCHITECTURE, LINK, THERMAL }

    enum Format { SVG, PNG }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The .lightwork design to draw.")
    Path design;

    @Option(names = {"-k", "--kind"}, paramLabel = "KIND", defaultValue = "all",
            description = "all, architecture, link or thermal (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "svg", description = "svg or png (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lane", paramLabel = "LANE", description = "Lane of the link diagram: id, name or index (default: the worst lane).")
    String lane;

    @Option(names = "--scale", paramLabel = "PX", defaultValue = "1.5", description = "PNG pixels per diagram unit (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", description = "Folder for the files (default: the current folder).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(scale > 0 && scale <= 10)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be in (0, 10], not " + scale);
        }
        DesignAnalysis analysis = DesignArgument.analyse(design, DesignArgument.analyzer(), err);
        if (analysis == null) {
            return LightworkCommand.EXIT_USAGE;
        }
        DiagramOptions options = lane == null ? DiagramOptions.DEFAULT : DiagramOptions.DEFAULT.withLane(lane);
        List<DiagramKind> kinds = kind == Kind.ALL ? List.of(DiagramKind.values()) : List.of(DiagramKind.valueOf(kind.name()));
        for (DiagramKind k : kinds) {
            if (k == DiagramKind.LINK && analysis.linkBudgets().isEmpty()) {
                err.println("lightwork: " + design + ": no lanes, so no link diagram");
                continue;
            }
            Path file = DesignArgument.sibling(design, folder, "-" + k.name().toLowerCase(Locale.ROOT) + "." + format.name().toLowerCase(Locale.ROOT));
            try {
                byte[] bytes = format == Format.SVG ? Diagrams.svg(k, analysis, options).getBytes(StandardCharsets.UTF_8)
                        : Diagrams.png(k, analysis, options, scale);
                OutputFiles.write(file, bytes, List.of(design));
                out.println(file);
            } catch (IllegalArgumentException e) {
                err.println(dev.lightwork.model.io.SafeText.line("lightwork: " + design + ": " + e.getMessage())); // e.g. an unknown --lane
                return LightworkCommand.EXIT_USAGE;
            } catch (IOException e) {
                err.println(dev.lightwork.model.io.SafeText.line("lightwork: cannot write " + file + ": " + dev.lightwork.cli.common.IoProblem.describe(e)));
                return LightworkCommand.EXIT_USAGE;
            }
        }
        out.flush();
        return DesignArgument.exitCode(analysis);
    }
}
