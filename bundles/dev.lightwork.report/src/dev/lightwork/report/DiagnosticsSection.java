package dev.lightwork.report;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.RootCauses;
import dev.lightwork.report.render.Xhtml;

/**
 * Every diagnostic of the analysis, with element, attribute, value, limit and source, each root cause followed by the
 * consequences the analysis groups under it ({@link RootCauses}: the decision is the analysis's), indented, their last
 * column saying what they follow from.
 */
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
        var groups = input.analysis().groups();
        long consequences = groups.stream().mapToLong(g -> g.consequences().size()).sum();
        out.element("p", capitalised(QuantityFormat.count(diagnostics.size(), "diagnostic")) + (consequences == 0 ? "."
                : ": " + QuantityFormat.count(groups.size(), "problem") + " and " + QuantityFormat.count(consequences, "consequence")
                        + " of them, each listed under its root cause."));
        out.open("table", "class", "data", "id", "diagnostics-table");
        out.open("thead").open("tr");
        for (String h : new String[] {"Severity", "Category", "Element", "Attribute", "Value", "Limit", "Source", "Message", "Root cause"}) {
            out.element("th", h);
        }
        out.close().close().open("tbody");
        for (RootCauses.Group g : groups) {
            DesignDiagnostic root = DesignDiagnostic.of(g.root());
            String why = g.consequences().isEmpty() ? "" : "root cause of the " + QuantityFormat.count(g.consequences().size(), "row", "rows") + " below";
            row(out, g.root(), root, g.consequences().isEmpty() ? "single" : "root", why);
            String cause = "↳ follows from " + root.asRootCause();
            for (Diagnostic c : g.consequences()) {
                row(out, c, DesignDiagnostic.of(c), "consequence", cause);
            }
        }
        out.close().close();
    }

    private static void row(Xhtml out, Diagnostic d, DesignDiagnostic dd, String kind, String rootCause) {
        String severity = dd.severityName();
        out.open("tr", "class", severity + " " + kind);
        out.element("td", severity, "class", severity.equals("error") ? "fail" : severity.equals("warning") ? "warn" : null);
        out.element("td", dd.category());
        out.element("td", dd.elementId() == null ? "" : dd.elementId());
        out.element("td", dd.attributeLabel() == null ? "" : dd.attributeLabel());
        out.element("td", dd.value() == null ? "" : QuantityFormat.finding(dd.value()), "class", "num");
        out.element("td", dd.limit() == null ? "" : QuantityFormat.finding(dd.limit()), "class", "num");
        out.element("td", dd.source() == null ? "" : dd.source(), "class", "source");
        out.element("td", d.getMessage(), "class", "message");
        out.element("td", rootCause, "class", "cause");
        out.close();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
