package dev.lightwork.cli.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.cli.common.CrashLog;
import dev.lightwork.cli.validate.DesignInputs.Input;
import dev.lightwork.cli.validate.DesignResult.Check;
import dev.lightwork.cli.validate.DesignResult.Finding;
import dev.lightwork.cli.validate.DesignResult.Verdict;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * Checks one design file: loads it with {@link DesignFiles}, analyses it with the shared {@link DesignAnalyzer}
 * and keeps the numbers as a {@link DesignResult}. Never throws: every problem becomes a verdict.
 */
public final class DesignCheck {

    private final DesignAnalyzer analyzer;
    private final Function<TransceiverDesign, DesignAnalysis> analysis;

    public DesignCheck(DesignAnalyzer analyzer) {
        this(analyzer, analyzer::analyze);
    }

    /** With the analysis step given separately (tests use it to make the analysis fail the way a defect would). */
    public DesignCheck(DesignAnalyzer analyzer, Function<TransceiverDesign, DesignAnalysis> analysis) {
        this.analyzer = analyzer;
        this.analysis = analysis;
    }

    public DesignResult check(Input input) {
        String file = input.display();
        if (input.problem() != null) {
            return DesignResult.error(file, Rule.FILE, OneLine.of(file + ": " + input.problem()), 0, 0);
        }
        try {
            TransceiverDesign design = DesignFiles.load(input.file());
            return summarize(input, design, analysis.apply(design));
        } catch (DesignLoadException e) {
            return DesignResult.error(file, Rule.FILE, OneLine.of(e.getMessage()), e.line(), e.column());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            // A bug of ours, not of the file; still one line naming the file, the stack trace in the log, and the batch
            // goes on with the next design (the design's memory is free again once this frame is left). Exit 3.
            java.nio.file.Path log = CrashLog.record("checking " + file, e);
            return DesignResult.error(file, Rule.INTERNAL, OneLine.of(file + ": internal error while checking this design: " + CrashLog.describe(e, log)), 0, 0);
        }
    }

    private DesignResult summarize(Input input, TransceiverDesign design, DesignAnalysis analysis) {
        String file = input.display();
        ElementLines lines = new ElementLines(input.file());
        Grouping grouping = new Grouping(analysis);

        // One check per JUnit testcase / text block: the design's inputs (when something is wrong with them), each lane,
        // power, thermal; the analysis keeps its diagnostics grouped that way.
        List<Check> checks = new ArrayList<>();
        if (!analysis.designDiagnostics().isEmpty()) {
            checks.add(new Check(Check.Kind.DESIGN, "design inputs", design.getId(), findings(analysis.designDiagnostics(), lines, grouping)));
        }
        List<DesignResult.Lane> lanes = new ArrayList<>();
        for (Map.Entry<Lane, LinkBudget> e : analysis.linkBudgets().entrySet()) {
            LinkBudget b = e.getValue();
            double required = DesignRules.requiredMarginDb(design);
            lanes.add(new DesignResult.Lane(b.laneId(), b.marginDb(), b.txOmaDbm(), b.channelInsertionLossDb(), b.tdecqDb(), b.rxOmaDbm(),
                    b.marginReferenceDbm(), b.preFecBer(), b.postFecBer(), b.pmdSensitivityDbm(), b.receiverRequirementDbm(), b.preFecBerIsBound(),
                    b.postFecBerIsBound(), b.laserLaneCount(), b.splitLossDb(), b.internalMarginDb(), b.terms(),
                    b.verdict(required).name().toLowerCase(java.util.Locale.ROOT), b.marginReference(), b.indicativeReasons()));
            checks.add(new Check(Check.Kind.LINK, "lane " + b.laneId() + " link budget", b.laneId(),
                    findings(analysis.laneDiagnostics().get(e.getKey()), lines, grouping)));
        }
        PowerBudget pb = analysis.power();
        checks.add(new Check(Check.Kind.POWER, "module power", design.getId(), findings(analysis.powerDiagnostics(), lines, grouping)));
        ThermalSolution ts = analysis.thermal();
        checks.add(new Check(Check.Kind.THERMAL, "thermal network", design.getId(), findings(analysis.thermalDiagnostics(), lines, grouping)));

        DesignResult.Power power = new DesignResult.Power(pb.totalW(), pb.msaClassLimitW(), pb.pJPerBit(), design.getMsaPowerClass(),
                ReferenceLibrary.formFactorName(design.getFormFactor()), pb.msaClassSource());
        List<DesignResult.ThermalNode> thermal = ts.temperatureC().entrySet().stream()
                .map(t -> new DesignResult.ThermalNode(t.getKey(), t.getValue(), ts.limitC().getOrDefault(t.getKey(), Double.NaN)))
                .toList();

        Verdict verdict = switch (analysis.verdict()) {
            case PASS -> Verdict.PASS;
            case INDICATIVE -> Verdict.INDICATIVE;
            case FAIL -> Verdict.FAIL;
        };
        String error = null;
        Rule errorRule = null;
        int errorLine = 0;
        int errorColumn = 0;
        ReferenceLibrary library = analyzer.library();
        if (analysis.unknownPmd()) {
            // Without its PMD no lane can be checked: the file names something this tool does not know (bad input).
            int[] at = lines.attribute("opticalPmd");
            errorLine = at[0];
            errorColumn = at[1];
            String known = library.pmds().stream().map(PmdSpec::id).sorted().collect(Collectors.joining(", "));
            String problem = design.getOpticalPmd() == null ? "opticalPmd is not given"
                    : "opticalPmd '" + design.getOpticalPmd() + "' is not in the reference library";
            error = OneLine.of(location(file, errorLine, errorColumn) + ": " + problem + " (known: " + known + ")");
            verdict = Verdict.ERROR;
            errorRule = Rule.INPUT_PMD;
        }
        int[] at = new int[2];
        String impossible = verdict == Verdict.ERROR ? null : impossibleValue(file, analysis, lines, at);
        if (impossible != null) {
            // An impossible value is bad input (exit 2), never a verdict about the design.
            errorLine = at[0];
            errorColumn = at[1];
            error = impossible;
            verdict = Verdict.ERROR;
            errorRule = Rule.of(DesignRule.INPUT_RANGE);
        }
        return new DesignResult(file, design.getId(), design.getName(), verdict, error, errorRule, errorLine, errorColumn, power, List.copyOf(lanes),
                thermal, List.copyOf(checks));
    }

    /**
     * "file:line:col: Element.attribute = value is outside ..." for the first impossible value of the design (rule
     * LW-INPUT-RANGE), or null when every value is possible. {@code at} receives line and column.
     */
    public static String impossibleValue(java.nio.file.Path file, String display, DesignAnalysis analysis) {
        return impossibleValue(display, analysis, new ElementLines(file), new int[2]);
    }

    private static String impossibleValue(String file, DesignAnalysis analysis, ElementLines lines, int[] at) {
        DesignDiagnostic impossible = analysis.designDiagnostics().stream().map(DesignDiagnostic::of)
                .filter(d -> d.rule() == DesignRule.INPUT_RANGE).findFirst().orElse(null);
        if (impossible == null) {
            return null;
        }
        int[] found = impossible.attribute() == null || impossible.value() == null ? new int[] {lines.lineOf(impossible.elementId()), 0}
                : lines.attributeWithValue(impossible.elementId(), impossible.attribute().getName(), impossible.value());
        at[0] = found[0];
        at[1] = found[1];
        return OneLine.of(location(file, found[0], found[1]) + ": " + impossible.message());
    }

    /** The analysis's root-cause groups by diagnostic (the decision is the analysis's; the CLI only reports it). */
    private record Grouping(Map<Diagnostic, Diagnostic> rootOf, Map<Diagnostic, Integer> consequences) {
        Grouping(DesignAnalysis analysis) {
            this(new java.util.IdentityHashMap<>(), new java.util.IdentityHashMap<>());
            for (dev.lightwork.analysis.validation.RootCauses.Group g : analysis.groups()) {
                consequences.put(g.root(), g.consequences().size());
                g.consequences().forEach(c -> rootOf.put(c, g.root()));
            }
        }
    }

    private static List<Finding> findings(List<Diagnostic> diagnostics, ElementLines lines, Grouping grouping) {
        List<Finding> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            DesignDiagnostic dd = DesignDiagnostic.of(d);
            String element = dd.elementId();
            int line = d.getSeverity() >= Diagnostic.WARNING ? lines.lineOf(element) : 0;
            Diagnostic root = grouping.rootOf().get(d);
            DesignDiagnostic rd = root == null ? null : DesignDiagnostic.of(root);
            out.add(new Finding(dd.severityName(), Rule.of(dd), element, dd.attribute() == null ? null : dd.attribute().getName(), dd.value(),
                    dd.limit(), dd.source(), OneLine.of(dd.message()), line, rd == null ? null : Rule.of(rd).id(), rd == null ? null : rd.elementId(),
                    grouping.consequences().getOrDefault(d, 0), dd.elementLabel(), dd.attributeLabel()));
        }
        return out;
    }

    static String location(String file, int line, int column) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
