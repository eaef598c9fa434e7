package dev.lightwork.cli.validate;

import java.io.IOException;
import java.io.Writer;

import com.google.gson.stream.JsonWriter;

import dev.lightwork.analysis.link.BudgetTerm;
import dev.lightwork.cli.common.ProductVersion;
import dev.lightwork.cli.validate.DesignResult.Finding;
import dev.lightwork.cli.validate.DesignResult.Verdict;

/**
 * The JSON report, a contract other tools parse (documented in the README; {@link #SCHEMA_VERSION} changes only
 * when a field is removed or changes meaning, never for added fields). Unknown numbers (NaN, infinite) are null.
 */
final class JsonReport implements Report {

    /**
     * Version of the JSON layout. 2.0 (a major step: one field changed meaning): lane {@code sensitivityDbm} is the
     * reference the margin is computed against (it was the PMD's published sensitivity, now {@code pmdSensitivityDbm});
     * BER bounds, split, planes, terms, lane verdicts and indicative reasons added.
     */
    static final String SCHEMA_VERSION = "2.0";

    @Override
    public void write(Batch batch, Writer out) throws IOException {
        JsonWriter w = Json.writer(out);
        w.beginObject();
        Json.string(w, "schemaVersion", SCHEMA_VERSION);
        w.name("tool").beginObject();
        Json.string(w, "name", "lightwork");
        Json.string(w, "version", ProductVersion.version());
        w.endObject();
        w.name("summary").beginObject();
        w.name("designs").value(batch.results().size());
        w.name("pass").value(batch.count(Verdict.PASS));
        w.name("fail").value(batch.count(Verdict.FAIL));
        w.name("indicative").value(batch.count(Verdict.INDICATIVE));
        w.name("error").value(batch.count(Verdict.ERROR));
        w.name("exitCode").value(batch.exitCode());
        w.endObject();
        w.name("designs").beginArray();
        for (DesignResult r : batch.results()) {
            design(w, r);
        }
        w.endArray();
        w.endObject();
        w.flush();
        out.write('\n');
        out.flush();
    }

    private static void design(JsonWriter w, DesignResult r) throws IOException {
        w.beginObject();
        Json.string(w, "file", r.file());
        Json.string(w, "id", r.id());
        Json.string(w, "name", r.name());
        Json.string(w, "verdict", r.verdict().jsonName());
        Json.string(w, "error", r.error());
        Json.string(w, "errorRule", r.errorRule() == null ? null : r.errorRule().id());
        Json.positive(w, "errorLine", r.errorLine());
        Json.positive(w, "errorColumn", r.errorColumn());
        w.name("power");
        if (r.power() == null) {
            w.nullValue();
        } else {
            DesignResult.Power p = r.power();
            w.beginObject();
            Json.number(w, "totalW", p.totalW());
            Json.number(w, "msaClassLimitW", p.msaClassLimitW());
            Json.number(w, "pJPerBit", p.pJPerBit());
            w.name("msaClass").value(p.msaClass());
            Json.string(w, "formFactor", p.formFactor());
            Json.string(w, "classSource", p.classSource());
            w.endObject();
        }
        DesignResult.Lane worst = r.worstLane();
        Json.string(w, "worstLane", worst == null ? null : worst.id());
        w.name("lanes").beginArray();
        for (DesignResult.Lane l : r.lanes()) {
            w.beginObject();
            Json.string(w, "id", l.id());
            Json.number(w, "marginDb", l.marginDb());
            Json.number(w, "rxOmaDbm", l.rxOmaDbm());
            Json.number(w, "sensitivityDbm", l.sensitivityDbm());
            Json.number(w, "preFecBer", l.preFecBer());
            Json.number(w, "postFecBer", l.postFecBer());
            Json.number(w, "txOmaDbm", l.txOmaDbm());
            Json.number(w, "channelInsertionLossDb", l.channelInsertionLossDb());
            Json.number(w, "tdecqDb", l.tdecqDb());
            Json.number(w, "pmdSensitivityDbm", l.pmdSensitivityDbm());
            Json.number(w, "receiverRequirementDbm", l.receiverRequirementDbm());
            w.name("preFecBerIsBound").value(l.preFecBerIsBound());
            w.name("postFecBerIsBound").value(l.postFecBerIsBound());
            w.name("laserLaneCount").value(l.laserLaneCount());
            Json.number(w, "splitLossDb", l.splitLossDb());
            Json.number(w, "internalMarginDb", l.internalMarginDb());
            w.name("terms").beginArray();
            for (BudgetTerm t : l.terms()) {
                w.beginObject();
                Json.string(w, "key", t.key());
                Json.string(w, "label", t.label());
                Json.number(w, "value", t.value());
                Json.string(w, "unit", t.unit());
                Json.string(w, "plane", t.plane().label());
                w.endObject();
            }
            w.endArray();
            Json.string(w, "verdict", l.verdict());
            Json.string(w, "marginReference", l.marginReference());
            w.name("indicativeReasons").beginArray();
            for (String reason : l.indicativeReasons()) {
                w.value(reason);
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.name("thermal").beginArray();
        for (DesignResult.ThermalNode n : r.thermal()) {
            w.beginObject();
            Json.string(w, "node", n.node());
            Json.number(w, "tempC", n.tempC());
            Json.number(w, "limitC", n.limitC());
            w.endObject();
        }
        w.endArray();
        w.name("diagnostics").beginArray();
        for (Finding f : r.findings()) {
            w.beginObject();
            Json.string(w, "severity", f.severity());
            Json.string(w, "element", f.element());
            Json.string(w, "attribute", f.attribute());
            Json.number(w, "value", f.value());
            Json.number(w, "limit", f.limit());
            Json.string(w, "source", f.source());
            Json.string(w, "message", f.message());
            Json.string(w, "rule", f.rule().id());
            Json.positive(w, "line", f.line());
            Json.string(w, "rootCauseRule", f.rootCauseRule());
            Json.string(w, "rootCauseElement", f.rootCauseElement());
            w.name("consequences").value(f.consequences());
            Json.string(w, "elementLabel", f.elementLabel());
            Json.string(w, "attributeLabel", f.attributeLabel());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
}
