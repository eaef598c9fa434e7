package dev.lightwork.report.study;

import java.util.List;

import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.StudyVariable;

/** A front as CSV (RFC 4180 quoting): one row per point, its choices then its objective values. */
public final class FrontCsv {

    private FrontCsv() {
    }

    public static String write(StudyResult r) {
        StringBuilder s = new StringBuilder("index,design,verdict");
        for (StudyVariable v : r.variables()) {
            s.append(',').append(quote(v.name()));
        }
        for (StudyObjective o : r.objectives()) {
            s.append(',').append(quote(o.label()));
        }
        s.append("\r\n");
        for (ParetoPoint p : r.front()) {
            s.append(p.index()).append(',').append(quote(p.design().getId())).append(',').append(p.analysis().verdict());
            for (StudyVariable v : r.variables()) {
                s.append(',').append(quote(p.choices().get(v.name())));
            }
            for (double value : p.values()) {
                s.append(',').append(FrontJson.num(value));
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    static String quote(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** For tests and tools reading the file back: the header cells. */
    public static List<String> header(String csv) {
        return List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
    }
}
