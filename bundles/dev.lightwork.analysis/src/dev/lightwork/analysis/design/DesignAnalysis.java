package dev.lightwork.analysis.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.analysis.validation.RootCauses;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/**
 * Everything the validators know about one design: the link budget of every lane (in lane order), the power
 * budget, the thermal solution and the diagnostics derived from them. The one result CLI, reports, diagrams,
 * solver and views read, so no caller recomputes or re-derives a verdict.
 */
public record DesignAnalysis(TransceiverDesign design, Map<Lane, LinkBudget> linkBudgets, PowerBudget power,
        ThermalSolution thermal, List<Diagnostic> designDiagnostics, Map<Lane, List<Diagnostic>> laneDiagnostics,
        List<Diagnostic> powerDiagnostics, List<Diagnostic> thermalDiagnostics, List<Diagnostic> diagnostics) {

    /**
     * The analysis with its diagnostics grouped per check (design inputs, each lane, power, thermal) and flat in
     * that order ({@link #diagnostics()}, what EMF's Diagnostician reports).
     */
    public static DesignAnalysis of(TransceiverDesign design, Map<Lane, LinkBudget> linkBudgets, PowerBudget power, ThermalSolution thermal,
            List<Diagnostic> designDiagnostics, Map<Lane, List<Diagnostic>> laneDiagnostics, List<Diagnostic> powerDiagnostics,
            List<Diagnostic> thermalDiagnostics) {
        List<Diagnostic> all = new ArrayList<>(designDiagnostics);
        laneDiagnostics.values().forEach(all::addAll);
        all.addAll(powerDiagnostics);
        all.addAll(thermalDiagnostics);
        return new DesignAnalysis(design, Collections.unmodifiableMap(linkBudgets), power, thermal, List.copyOf(designDiagnostics),
                Collections.unmodifiableMap(laneDiagnostics), List.copyOf(powerDiagnostics), List.copyOf(thermalDiagnostics), List.copyOf(all));
    }

    /**
     * PASS: no error diagnostics; INDICATIVE: no errors, but at least one lane's verdict rests on unsourced PMD limits
     * (see {@link LinkBudget#verdict(double)}), so the design is not signed off; FAIL: at least one error (a violated
     * limit or an incomplete/invalid value).
     */
    public enum Verdict { PASS, INDICATIVE, FAIL }

    public Verdict verdict() {
        if (!errors().isEmpty()) {
            return Verdict.FAIL;
        }
        double required = DesignRules.requiredMarginDb(design);
        return linkBudgets.values().stream().anyMatch(b -> b.verdict(required) == LinkBudget.Verdict.INDICATIVE) ? Verdict.INDICATIVE : Verdict.PASS;
    }

    /** True when the design breaks {@code rule} (an error diagnostic of that rule). */
    public boolean fails(DesignRule rule) {
        return diagnostics.stream().anyMatch(d -> d.getSeverity() == Diagnostic.ERROR && DesignDiagnostic.of(d).rule() == rule);
    }

    /**
     * True when the design's optical PMD is not one the reference library knows (LW-INPUT-PMD): no lane can be
     * checked, so the command line reports the file as bad input rather than as a failing design.
     */
    public boolean unknownPmd() {
        return fails(DesignRule.INPUT_PMD);
    }

    /**
     * The diagnostics grouped under their root causes ({@link RootCauses}): every diagnostic in one group, groups in the
     * order of their roots. Markers, CLI and report present a group as one problem with its consequences.
     */
    public List<RootCauses.Group> groups() {
        return RootCauses.group(diagnostics, laneDiagnostics);
    }

    /**
     * The root cause of each diagnostic that is a consequence of another (by identity); roots are not keys. For callers
     * that annotate the flat list (the CLI's JSON keeps every diagnostic and adds its root).
     */
    public Map<Diagnostic, Diagnostic> rootCauses() {
        Map<Diagnostic, Diagnostic> out = new java.util.IdentityHashMap<>();
        for (RootCauses.Group g : groups()) {
            g.consequences().forEach(c -> out.put(c, g.root()));
        }
        return out;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).toList();
    }

    public LinkBudget linkBudget(Lane lane) {
        return linkBudgets.get(lane);
    }

    /** The lane with the smallest known margin (lanes with unknown margin are not compared). */
    public Optional<LinkBudget> worstLane() {
        return linkBudgets.values().stream().filter(b -> !Double.isNaN(b.marginDb())).min(Comparator.comparingDouble(LinkBudget::marginDb));
    }
}
