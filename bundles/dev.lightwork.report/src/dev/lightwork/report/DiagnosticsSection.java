package dev.lightwork.report;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.report.render.Xhtml;

/** Every diagnostic of the analysis, with element, attribute, value, limit and source. */
final class DiagnosticsSection implements ReportSection {

    @Override
    public String id() {
        return "diagnostics";
    }

    @Override
    public String title() {
        return "Diagnostics";
    }

    @Override
    public void write(Xhtml out, ReportInput input, FigureSink figures) {
        var diagnostics = input.analysis().diagnostics();
        if (diagnostics.isEmpty()) {
            out.element("p", "No diagnostics: every check passed with every input known.", "class", "pass");
            return;
        }
        out.element("p", diagnostics.size() + " diagnostic(s).");
        out.open("table", "class", "data", "id", "diagnostics-table");
        out.open("thead").open("tr");
        for (String h : new String[] {"Severity", "Category", "Element", "Attribute", "Value", "Limit", "Source", "Message"}) {
            out.element("th", h);
        }
        out.close().close().open("tbody");
        for (Diagnostic d : diagnostics) {
            DesignDiagnostic dd = DesignDiagnostic.of(d);
            String severity = dd.severityName();
            out.open("tr", "class", severity);
            out.element("td", severity, "class", severity.equals("error") ? "fail" : severity.equals("warning") ? "warn" : null);
            out.element("td", dd.category());
            out.element("td", dd.elementId() == null ? "" : dd.elementId());
            out.element("td", dd.attribute() == null ? "" : dd.attribute().getName());
            out.element("td", dd.value() == null ? "" : QuantityFormat.finding(dd.value()), "class", "num");
            out.element("td", dd.limit() == null ? "" : QuantityFormat.finding(dd.limit()), "class", "num");
            out.element("td", dd.source() == null ? "" : dd.source());
            out.element("td", d.getMessage());
            out.close();
        }
        out.close().close();
    }
}
