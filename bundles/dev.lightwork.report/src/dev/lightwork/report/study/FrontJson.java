package dev.lightwork.report.study;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import dev.lightwork.solver.Infeasibility;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.yield.FrontYield;

/** A study result as JSON, written with Gson like the rest of the command line's JSON. */
public final class FrontJson {

    /** Seven significant digits: finer than every objective's resolution. */
    private static final MathContext SIGNIFICANT = new MathContext(7);

    private FrontJson() {
    }

    public static String write(StudyResult r) {
        return write(r, List.of(), 0);
    }

    /**
     * The front with each point's Monte Carlo yield ({@link FrontYield}; empty: none computed): per point {@code yield}
     * {value, ci95, costPerGoodModuleUsd, meetsMinYield, rank, error}, and {@code yieldMethod}, {@code yieldSamples}.
     */
    public static String write(StudyResult r, List<FrontYield.PointYield> yields, int yieldSamples) {
        StringWriter text = new StringWriter();
        try (JsonWriter w = new JsonWriter(text)) {
            w.setIndent("  ");
            w.setHtmlSafe(false);
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("study").value(r.study());
            w.name("feasible").value(r.feasible());
            w.name("partial").value(r.partial());
            w.name("stopReason").value(r.stopReason());
            w.name("combinations").jsonValue(r.combinations().toString());
            w.name("solverNodes").value(r.solverNodes());
            w.name("measureSeconds").jsonValue(num(r.measureSeconds()));
            w.name("solveSeconds").jsonValue(num(r.solveSeconds()));
            w.name("validateSeconds").jsonValue(num(r.validateSeconds()));
            w.name("objectives").beginArray();
            for (StudyObjective o : r.objectives()) {
                w.beginObject().name("key").value(o.key()).name("label").value(o.label()).name("sense").value(o.sense().getLiteral()).endObject();
            }
            w.endArray();
            w.name("points").beginArray();
            for (ParetoPoint p : r.front()) {
                w.beginObject().name("index").value(p.index()).name("design").value(p.design().getId())
                        .name("verdict").value(p.analysis().verdict().name());
                w.name("choices").beginObject();
                for (Map.Entry<String, String> e : p.choices().entrySet()) {
                    w.name(e.getKey()).value(e.getValue());
                }
                w.endObject();
                w.name("values").beginObject();
                for (int j = 0; j < r.objectives().size(); j++) {
                    w.name(r.objectives().get(j).key()).jsonValue(num(p.values()[j]));
                }
                w.endObject();
                int i = r.front().indexOf(p);
                if (i < yields.size()) {
                    FrontYield.PointYield y = yields.get(i);
                    w.name("yield").beginObject().name("value").jsonValue(num(y.yield()));
                    w.name("ci95").beginArray().jsonValue(num(y.ci95()[0])).jsonValue(num(y.ci95()[1])).endArray();
                    w.name("costPerGoodModuleUsd").jsonValue(num(y.costPerGoodModuleUsd()));
                    w.name("meetsMinYield");
                    if (y.meetsMinYield() == null) {
                        w.nullValue();
                    } else {
                        w.value(y.meetsMinYield());
                    }
                    w.name("rank").value(y.rank()).name("error").value(y.error()).endObject();
                }
                w.endObject();
            }
            w.endArray();
            if (!yields.isEmpty()) {
                w.name("yieldMethod").value(FrontYield.METHOD);
                w.name("yieldSamples").value(yieldSamples);
            }
            strings(w.name("notes"), r.notes());
            Infeasibility why = r.infeasibility();
            w.name("infeasibility");
            if (why == null) {
                w.nullValue();
            } else {
                w.beginObject().name("constraint").value(why.constraint()).name("bestAchievable").jsonValue(num(why.bestAchievable()))
                        .name("bound").jsonValue(num(why.bound())).name("unit").value(why.unit()).name("message").value(why.message());
                strings(w.name("details"), why.details());
                w.endObject();
            }
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }

    private static void strings(JsonWriter w, List<String> items) throws IOException {
        w.beginArray();
        for (String s : items) {
            w.value(s);
        }
        w.endArray();
    }

    /** A finite number to seven significant digits, plain where that is short; null for NaN and infinities. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        String text = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toString();
        return text.contains("E") ? text : new BigDecimal(text).toPlainString();
    }
}
