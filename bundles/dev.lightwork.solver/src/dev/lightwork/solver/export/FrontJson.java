package dev.lightwork.solver.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lightwork.solver.Infeasibility;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;

/** A study result as JSON (no JSON library in the target; the structure is small and fixed). */
public final class FrontJson {

    /** Seven significant digits: finer than every objective's resolution. */
    private static final MathContext SIGNIFICANT = new MathContext(7);

    private FrontJson() {
    }

    public static String write(StudyResult r) {
        StringBuilder s = new StringBuilder("{\n");
        field(s, 1, "study", str(r.study()), true);
        field(s, 1, "feasible", String.valueOf(r.feasible()), true);
        field(s, 1, "partial", String.valueOf(r.partial()), true);
        field(s, 1, "stopReason", r.stopReason() == null ? "null" : str(r.stopReason()), true);
        field(s, 1, "combinations", r.combinations().toString(), true);
        field(s, 1, "solverNodes", String.valueOf(r.solverNodes()), true);
        field(s, 1, "measureSeconds", num(r.measureSeconds()), true);
        field(s, 1, "solveSeconds", num(r.solveSeconds()), true);
        field(s, 1, "validateSeconds", num(r.validateSeconds()), true);
        s.append("  \"objectives\": [");
        for (int i = 0; i < r.objectives().size(); i++) {
            StudyObjective o = r.objectives().get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\"key\": ").append(str(o.key())).append(", \"label\": ").append(str(o.label()))
                    .append(", \"sense\": ").append(str(o.sense().getLiteral())).append('}');
        }
        s.append(r.objectives().isEmpty() ? "],\n" : "\n  ],\n");
        s.append("  \"points\": [");
        for (int i = 0; i < r.front().size(); i++) {
            ParetoPoint p = r.front().get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\"index\": ").append(p.index()).append(", \"design\": ").append(str(p.design().getId()))
                    .append(", \"verdict\": ").append(str(p.analysis().verdict().name())).append(", \"choices\": {");
            int k = 0;
            for (Map.Entry<String, String> e : p.choices().entrySet()) {
                s.append(k++ == 0 ? "" : ", ").append(str(e.getKey())).append(": ").append(str(e.getValue()));
            }
            s.append("}, \"values\": {");
            for (int j = 0; j < r.objectives().size(); j++) {
                s.append(j == 0 ? "" : ", ").append(str(r.objectives().get(j).key())).append(": ").append(num(p.values()[j]));
            }
            s.append("}}");
        }
        s.append(r.front().isEmpty() ? "],\n" : "\n  ],\n");
        s.append("  \"notes\": ").append(array(r.notes())).append(",\n");
        Infeasibility why = r.infeasibility();
        if (why == null) {
            s.append("  \"infeasibility\": null\n");
        } else {
            s.append("  \"infeasibility\": {\"constraint\": ").append(str(why.constraint())).append(", \"bestAchievable\": ")
                    .append(num(why.bestAchievable())).append(", \"bound\": ").append(num(why.bound())).append(", \"unit\": ").append(str(why.unit()))
                    .append(", \"message\": ").append(str(why.message())).append(", \"details\": ").append(array(why.details())).append("}\n");
        }
        return s.append("}\n").toString();
    }

    private static void field(StringBuilder s, int indent, String name, String value, boolean comma) {
        s.append("  ".repeat(indent)).append(str(name)).append(": ").append(value).append(comma ? ",\n" : "\n");
    }

    private static String array(List<String> items) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(str(items.get(i)));
        }
        return s.append(']').toString();
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        String text = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toString();
        return text.contains("E") ? text : new BigDecimal(text).toPlainString();
    }

    static String str(String v) {
        if (v == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
