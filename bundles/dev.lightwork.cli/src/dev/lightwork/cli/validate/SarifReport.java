package dev.lightwork.cli.validate;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import com.google.gson.stream.JsonWriter;

import dev.lightwork.cli.common.ProductVersion;
import dev.lightwork.cli.validate.DesignResult.Finding;
import dev.lightwork.cli.validate.DesignResult.Verdict;

/**
 * SARIF 2.1.0 (OASIS), as code-scanning services read it: one run, the rules in {@code tool.driver.rules}, one
 * result per error or warning with the design file (and line of the element when known) as physical location and
 * the element id as logical location. Information (the power summary) is left out.
 *
 * <p>The analysis's root-cause grouping: a consequence's result has its root cause as related location 1, its message
 * starts with an embedded link to it ("Follows from [LW-LINK-LAUNCH on las0](1): ..."), and its properties name the
 * root ({@code rootCauseRule}, {@code rootCauseElement}); a root cause's properties count its {@code consequences}.
 * Results are kept (not folded into their root), so counts per rule and code-scanning alerts per rule stay exact.
 */
final class SarifReport implements Report {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(Batch batch, Writer out) throws IOException {
        JsonWriter w = Json.writer(out);
        w.setSerializeNulls(false); // SARIF omits absent properties rather than writing null
        w.beginObject();
        w.name("$schema").value(SCHEMA);
        w.name("version").value("2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject();
        w.name("name").value("lightwork");
        w.name("version").value(ProductVersion.version());
        w.name("rules").beginArray();
        for (Rule rule : Rule.values()) {
            w.beginObject();
            w.name("id").value(rule.id());
            w.name("name").value(rule.shortName());
            w.name("shortDescription").beginObject().name("text").value(rule.title()).endObject();
            w.name("fullDescription").beginObject().name("text").value(rule.help()).endObject();
            w.name("defaultConfiguration").beginObject().name("level").value(Rule.POWER_SUMMARY.equals(rule) ? "note" : "error").endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject().endObject();
        w.name("invocations").beginArray().beginObject();
        w.name("executionSuccessful").value(true);
        w.name("exitCode").value(batch.exitCode());
        w.endObject().endArray();
        // Every checked file, so a consumer knows a file without results passed rather than was skipped.
        w.name("artifacts").beginArray();
        for (DesignResult r : batch.results()) {
            w.beginObject();
            w.name("location").beginObject().name("uri").value(uri(r.file())).endObject();
            w.name("roles").beginArray().value("analysisTarget").endArray();
            w.endObject();
        }
        w.endArray();
        w.name("results").beginArray();
        for (int i = 0; i < batch.results().size(); i++) {
            DesignResult r = batch.results().get(i);
            if (r.verdict() == Verdict.ERROR) {
                result(w, r.errorRule(), "error", r.error(), r.file(), i, r.errorLine(), r.errorColumn(),
                        r.id(), r.id(), null);
                w.endObject();
            }
            for (Finding f : r.findings()) {
                // an unknown PMD is one result of the design (above), not one per lane
                if ((f.isError() || "warning".equals(f.severity())) && !Rule.INPUT_PMD.equals(f.rule())) {
                    Finding root = f.isConsequence() ? r.findings().stream().filter(f::followsFrom).findFirst().orElse(null) : null;
                    String message = root == null ? f.message()
                            : "Follows from [" + escape(root.rule().id() + " on " + root.where()) + "](1): " + escape(f.message());
                    result(w, f.rule(), f.severity(), message, r.file(), i, f.line(), 0, f.element(), r.id(), f);
                    if (root != null) {
                        relatedRoot(w, root, r.file(), i, r.id());
                    }
                    w.endObject();
                }
            }
        }
        w.endArray();
        w.endObject().endArray();
        w.endObject();
        w.flush();
        out.write('\n');
        out.flush();
    }

    /** Writes a result up to (not including) its closing brace, so that related locations can follow. */
    private static void result(JsonWriter w, Rule rule, String level, String message, String file, int artifact, int line, int column,
            String element,
            String designId, Finding finding) throws IOException {
        w.beginObject();
        w.name("ruleId").value(rule.id());
        w.name("ruleIndex").value(Rule.values().indexOf(rule));
        w.name("level").value(level);
        w.name("message").beginObject().name("text").value(message).endObject();
        w.name("locations").beginArray().beginObject();
        location(w, file, artifact, line, column, element, designId);
        w.endObject().endArray();
        if (finding != null) {
            w.name("properties").beginObject();
            w.name("attribute").value(finding.attribute());
            Json.number(w, "value", finding.value());
            Json.number(w, "limit", finding.limit());
            w.name("source").value(finding.source());
            w.name("elementLabel").value(finding.elementLabel());
            w.name("attributeLabel").value(finding.attributeLabel());
            w.name("rootCauseRule").value(finding.rootCauseRule());
            w.name("rootCauseElement").value(finding.rootCauseElement());
            if (finding.consequences() > 0) {
                w.name("consequences").value(finding.consequences());
            }
            w.endObject();
        }
    }

    /** The root cause of a consequence as its related location 1 (the target of the message's embedded link). */
    private static void relatedRoot(JsonWriter w, Finding root, String file, int artifact, String designId) throws IOException {
        w.name("relatedLocations").beginArray().beginObject();
        w.name("id").value(1);
        location(w, file, artifact, root.line(), 0, root.element(), designId);
        w.name("message").beginObject().name("text").value("Root cause: " + root.rule().id() + " on " + root.where() + ": " + root.message()).endObject();
        w.endObject().endArray();
    }

    /** The members of a SARIF location object: physical (file, line) and logical (element id). */
    private static void location(JsonWriter w, String file, int artifact, int line, int column, String element, String designId) throws IOException {
        w.name("physicalLocation").beginObject();
        w.name("artifactLocation").beginObject().name("uri").value(uri(file)).name("index").value(artifact).endObject();
        if (line > 0) {
            w.name("region").beginObject().name("startLine").value(line);
            if (column > 0) {
                w.name("startColumn").value(column);
            }
            w.endObject();
        }
        w.endObject();
        if (element != null) {
            w.name("logicalLocations").beginArray().beginObject();
            w.name("name").value(element);
            w.name("fullyQualifiedName").value(designId == null || designId.equals(element) ? element : designId + "/" + element);
            w.name("kind").value("element");
            w.endObject().endArray();
        }
    }

    /** SARIF message text with an embedded link: literal square brackets and backslashes are escaped (SARIF 3.11.6). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** A relative path stays a relative URI reference (resolved against the checkout by CI); absolute becomes file:. */
    static String uri(String file) {
        String slashed = file.replace('\\', '/');
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                return path.toUri().toString();
            }
            // "./" keeps a colon in the first segment from reading as a URI scheme
            String relative = slashed.indexOf(':') >= 0 && (slashed.indexOf('/') < 0 || slashed.indexOf(':') < slashed.indexOf('/'))
                    ? "./" + slashed : slashed;
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException | RuntimeException e) {
            return slashed;
        }
    }
}
