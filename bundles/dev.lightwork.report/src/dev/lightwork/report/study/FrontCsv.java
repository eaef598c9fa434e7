package dev.lightwork.report.study;

import java.util.List;

import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.StudyVariable;
import dev.lightwork.yield.FrontYield;

/** A front as CSV (RFC 4180 quoting): one row per point, its choices then its objective values. */
public final class FrontCsv {

    private FrontCsv() {
    }

    public static String write(StudyResult r) {
        return write(r, List.of());
    }

    /** The front with each point's Monte Carlo yield columns (empty: none), as {@link FrontJson#write(StudyResult, List, int)}. */
    public static String write(StudyResult r, List<FrontYield.PointYield> yields) {
        StringBuilder s = new StringBuilder("index,design,verdict");
        for (StudyVariable v : r.variables()) {
            s.append(',').append(quote(v.name()));
        }
        for (StudyObjective o : r.objectives()) {
            s.append(',').append(quote(o.label()));
        }
        if (!yields.isEmpty()) {
            s.append(",yield,yield ci95 low,yield ci95 high,cost per good module (USD),meets min yield,yield rank");
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
            int i = r.front().indexOf(p);
            if (i < yields.size()) {
                FrontYield.PointYield y = yields.get(i);
                s.append(',').append(cell(y.yield())).append(',').append(cell(y.ci95()[0])).append(',').append(cell(y.ci95()[1])).append(',')
                        .append(cell(y.costPerGoodModuleUsd())).append(',').append(y.meetsMinYield() == null ? "" : y.meetsMinYield()).append(',')
                        .append(y.rank());
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? FrontJson.num(v) : "";
    }

    static String quote(String v) {
        return dev.lightwork.model.io.SafeText.csvCell(v); // RFC 4180 quoting and OWASP formula neutralising
    }

    /** For tests and tools reading the file back: the header cells. */
    public static List<String> header(String csv) {
        return List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
    }
}
