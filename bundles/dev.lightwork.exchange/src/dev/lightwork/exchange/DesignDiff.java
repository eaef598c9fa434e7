package dev.lightwork.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.report.DesignComparison;
import dev.lightwork.report.ModelChange;
import dev.lightwork.report.Quantities;

/**
 * What changed between two revisions of a design and what it did to the results: the report's
 * {@link DesignComparison} (model changes by element id) plus the moves of every lane's margin, module power,
 * node temperatures and the error count of every rule. Read by {@code lightwork diff} (text and JSON).
 */
public record DesignDiff(DesignComparison comparison, List<Entry> changes, Map<String, Move> laneMargins, Move powerW, Move pJPerBit,
        Map<String, Move> temperaturesC, Map<String, Move> ruleErrors) {

    /** A before/after pair; NaN on the side where the quantity does not exist. */
    public record Move(double before, double after) {
        public boolean changed() {
            return Double.compare(before, after) != 0;
        }

        public double delta() {
            return after - before;
        }
    }

    /** A model change in words: what a reviewer reads ("part swapped", values with units). */
    public record Entry(ModelChange change, String category, String text) {
    }

    public static DesignDiff of(DesignAnalysis before, DesignAnalysis after) {
        DesignComparison c = DesignComparison.of(before, after);
        List<Entry> entries = new ArrayList<>();
        for (ModelChange m : c.changes()) {
            entries.add(entry(m));
        }
        Map<String, Move> margins = new LinkedHashMap<>();
        Map<String, Double> mb = margins(before);
        Map<String, Double> ma = margins(after);
        Set<String> lanes = new LinkedHashSet<>(ma.keySet());
        lanes.addAll(mb.keySet());
        for (String l : lanes) {
            margins.put(l, new Move(mb.getOrDefault(l, Double.NaN), ma.getOrDefault(l, Double.NaN)));
        }
        Map<String, Move> temps = new LinkedHashMap<>();
        Set<String> nodes = new LinkedHashSet<>(after.thermal().temperatureC().keySet());
        nodes.addAll(before.thermal().temperatureC().keySet());
        for (String n : nodes) {
            temps.put(n, new Move(before.thermal().temperatureC().getOrDefault(n, Double.NaN), after.thermal().temperatureC().getOrDefault(n, Double.NaN)));
        }
        Map<String, Move> rules = new TreeMap<>();
        Map<String, Integer> rb = ruleErrors(before);
        Map<String, Integer> ra = ruleErrors(after);
        Set<String> ids = new LinkedHashSet<>();
        for (DesignRule r : DesignRule.values()) { // every rule, so "pass -> pass" is stated, not implied
            ids.add(r.id());
        }
        ids.addAll(rb.keySet());
        ids.addAll(ra.keySet());
        for (String r : ids) {
            rules.put(r, new Move(rb.getOrDefault(r, 0), ra.getOrDefault(r, 0)));
        }
        return new DesignDiff(c, List.copyOf(entries), margins, new Move(before.power().totalW(), after.power().totalW()),
                new Move(before.power().pJPerBit(), after.power().pJPerBit()), temps, rules);
    }

    public DesignAnalysis before() {
        return comparison.before();
    }

    public DesignAnalysis after() {
        return comparison.after();
    }

    /** True when neither the model nor any result changed. */
    public boolean identical() {
        return changes.isEmpty() && before().verdict() == after().verdict();
    }

    private static Entry entry(ModelChange m) {
        String unit = m.feature() == null ? "" : Quantities.unit(m.feature());
        String u = unit.isEmpty() ? "" : " " + unit;
        // the kind in words ("TIA", "Thermal path"), never the Ecore class name
        String kind = m.type() == null ? "" : " (" + dev.lightwork.model.util.ModelLabels.words(m.type(), true) + ")";
        return switch (m.kind()) {
            case ADDED -> new Entry(m, "Lane".equals(m.type()) ? "lane added" : "added", m.element() + kind + " added");
            case REMOVED -> new Entry(m, "Lane".equals(m.type()) ? "lane removed" : "removed", m.element() + kind + " removed");
            case REFERENCE -> new Entry(m, "Lane".equals(m.type()) ? "part swapped" : "reference changed",
                    m.element() + kind + " " + Quantities.displayName(m.feature()) + " [" + m.feature() + "]: " + m.oldValue() + " -> " + m.newValue());
            case ATTRIBUTE -> new Entry(m, "catalogPart".equals(m.feature()) ? "part swapped" : "value changed",
                    m.element() + kind + " " + Quantities.displayName(m.feature()) + " [" + m.feature() + "]: " + m.oldValue() + u
                            + " -> " + m.newValue() + u);
        };
    }

    private static Map<String, Double> margins(DesignAnalysis a) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (LinkBudget b : a.linkBudgets().values()) {
            out.put(b.laneId(), b.marginDb());
        }
        return out;
    }

    private static Map<String, Integer> ruleErrors(DesignAnalysis a) {
        Map<String, Integer> out = new TreeMap<>();
        for (Diagnostic d : a.diagnostics()) {
            DesignDiagnostic dd = DesignDiagnostic.of(d);
            if (dd.rule() != null) {
                out.merge(dd.rule().id(), d.getSeverity() == Diagnostic.ERROR ? 1 : 0, Integer::sum);
            }
        }
        return out;
    }

    /** The diff as text, for a terminal or a Git difftool. */
    public String text(String beforeName, String afterName) {
        StringBuilder s = new StringBuilder();
        s.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
        s.append("Verdict: ").append(before().verdict()).append(" -> ").append(after().verdict()).append('\n');
        s.append("Model changes (").append(changes.size()).append("):\n");
        if (changes.isEmpty()) {
            s.append("  none\n");
        }
        for (Entry e : changes) {
            s.append("  ").append(e.text()).append(e.category().equals("value changed") ? "" : "   [" + e.category() + "]").append('\n');
        }
        s.append("Results:\n");
        double wb = worst(before());
        double wa = worst(after());
        s.append("  Worst lane margin: ").append(move(new Move(wb, wa), "dB", 2)).append('\n');
        s.append("  Module power: ").append(move(powerW, "W", 3)).append('\n');
        s.append("  Energy per bit: ").append(move(pJPerBit, "pJ/bit", 2)).append('\n');
        List<String> laneLines = new ArrayList<>();
        laneMargins.forEach((lane, m) -> {
            if (m.changed() && !(Double.isNaN(m.before()) && Double.isNaN(m.after()))) {
                laneLines.add("    " + lane + ": " + move(m, "dB", 2));
            }
        });
        s.append("  Lane margins changed: ").append(laneLines.size()).append(" of ").append(laneMargins.size()).append('\n');
        laneLines.forEach(l -> s.append(l).append('\n'));
        List<String> nodeLines = new ArrayList<>();
        temperaturesC.forEach((n, m) -> {
            if (m.changed() && !(Double.isNaN(m.before()) && Double.isNaN(m.after()))) {
                nodeLines.add("    " + n + ": " + move(m, "°C", 1));
            }
        });
        s.append("  Temperatures changed: ").append(nodeLines.size()).append(" of ").append(temperaturesC.size()).append('\n');
        nodeLines.forEach(l -> s.append(l).append('\n'));
        s.append("  Rules (errors before -> after):\n");
        ruleErrors.forEach((r, m) -> {
            int b = (int) m.before();
            int a = (int) m.after();
            String verdict = (b == 0 ? "pass" : "FAIL") + " -> " + (a == 0 ? "pass" : "FAIL");
            s.append("    ").append(r).append(": ").append(b).append(" -> ").append(a).append("  ").append(verdict).append('\n');
        });
        return s.toString();
    }

    static double worst(DesignAnalysis a) {
        return a.worstLane().map(LinkBudget::marginDb).orElse(Double.NaN);
    }

    private static String move(Move m, String unit, int decimals) {
        String f = "%." + decimals + "f";
        String b = Double.isNaN(m.before()) ? "-" : String.format(Locale.ROOT, f, m.before());
        String a = Double.isNaN(m.after()) ? "-" : String.format(Locale.ROOT, f, m.after());
        String d = Double.isNaN(m.delta()) ? "" : String.format(Locale.ROOT, " (%+" + f.substring(1) + ")", m.delta());
        return b + " -> " + a + " " + unit + d;
    }
}
