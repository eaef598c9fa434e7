package dev.lightwork.cli.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import dev.lightwork.model.io.SafeText;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.cli.validate.DesignResult.Finding;
import dev.lightwork.cli.validate.DesignResult.Verdict;

/**
 * The human report: per design its verdict, worst lane margin, power against its class, hottest thermal node and
 * its errors (element, value, limit, source); then one summary line. A design that cannot be checked gets one line.
 */
final class TextReport implements Report {

    /** Beyond this many errors per design the rest is counted, not listed (the JSON report has them all). */
    static final int MAX_ERRORS_LISTED = 20;

    @Override
    public void write(Batch batch, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        for (DesignResult r : batch.results()) {
            if (r.verdict() == Verdict.ERROR && r.power() == null) {
                out.println(SafeText.line("ERROR " + r.error()));
                continue;
            }
            out.println(SafeText.line(String.format(Locale.ROOT, "%-5s %s  (%s: %s)", r.verdict().name(), r.file(), r.id(), r.name())));
            List<String> why = r.lanes().stream().flatMap(l -> l.indicativeReasons().stream()).distinct().toList();
            if (r.verdict() == Verdict.INDICATIVE || !why.isEmpty()) {
                long n = r.lanes().stream().filter(l -> "indicative".equals(l.verdict())).count();
                out.println(SafeText.line(String.format(Locale.ROOT, "      indicative: %d lane%s not signed off: %s", n, n == 1 ? "" : "s",
                        String.join("; ", why))));
            }
            if (r.verdict() == Verdict.ERROR) {
                out.println(SafeText.line("      error: " + r.error()));
            }
            DesignResult.Lane worst = r.worstLane();
            if (worst != null) {
                out.println(SafeText.line(String.format(Locale.ROOT,
                        "      worst lane %s: margin %s (Rx OMA %s at TP3, required %s, PMD sensitivity %s, pre-FEC BER %s)",
                        worst.id(), QuantityFormat.withUnit(worst.marginDb(), 2, "dB"), QuantityFormat.withUnit(worst.rxOmaDbm(), 2, "dBm"),
                        QuantityFormat.withUnit(worst.sensitivityDbm(), 2, "dBm"), QuantityFormat.withUnit(worst.pmdSensitivityDbm(), 2, "dBm"),
                        QuantityFormat.berShort(worst.preFecBer(), worst.preFecBerIsBound()))));
            } else if (!r.lanes().isEmpty()) {
                out.println("      lanes: no margin could be computed");
            }
            DesignResult.Power p = r.power();
            String limit = Double.isNaN(p.msaClassLimitW()) ? "no MSA power class (" + formFactorLabel(p.formFactor()) + ")"
                    : formFactorLabel(p.formFactor()) + " class " + p.msaClass() + " limit " + QuantityFormat.fixed(p.msaClassLimitW(), 2) + " W";
            out.println(SafeText.line(String.format(Locale.ROOT, "      power %s W vs %s, %s pJ/bit", QuantityFormat.fixed(p.totalW(), 2), limit, QuantityFormat.fixed(p.pJPerBit(), 2))));
            DesignResult.ThermalNode hot = r.hottestNode();
            if (hot != null) {
                out.println(SafeText.line(String.format(Locale.ROOT, "      hottest node %s: %s C (limit %s C)", hot.node(), QuantityFormat.fixed(hot.tempC(), 1), QuantityFormat.fixed(hot.limitC(), 1))));
            }
            // An unknown PMD is said once, in the error line above, not again for every lane.
            // one line per problem: a root cause, its consequences summed up under it (the analysis groups them)
            List<Finding> errors = r.errors().stream().filter(f -> !Rule.INPUT_PMD.equals(f.rule())).toList();
            List<Finding> roots = errors.stream().filter(f -> !f.isConsequence()).toList();
            for (Finding f : roots.subList(0, Math.min(roots.size(), MAX_ERRORS_LISTED))) {
                out.println("      " + OneLine.of(describe(r, f)));
                List<String> following = errors.stream().filter(c -> c.followsFrom(f)).map(c -> c.rule().id() + " (" + c.element() + ")").distinct().toList();
                if (!following.isEmpty()) {
                    out.println(SafeText.line("        consequences: " + String.join(", ", following.subList(0, Math.min(following.size(), 8)))
                            + (following.size() > 8 ? String.format(Locale.ROOT, " and %d more", following.size() - 8) : "")));
                }
            }
            if (roots.size() > MAX_ERRORS_LISTED) {
                out.println(SafeText.line(String.format(Locale.ROOT, "      ... and %d more problems (all of them in the JSON format)", roots.size() - MAX_ERRORS_LISTED)));
            }
        }
        out.println(SafeText.line(String.format(Locale.ROOT, "%d design%s: %d pass, %d indicative, %d fail, %d error", batch.results().size(),
                batch.results().size() == 1 ? "" : "s", batch.count(Verdict.PASS), batch.count(Verdict.INDICATIVE), batch.count(Verdict.FAIL),
                batch.count(Verdict.ERROR))));
        out.flush();
    }

    /** The form factor as people read it ("CPO engine", "QSFP-DD"; the JSON keeps the data files' name). */
    private static String formFactorLabel(String dataName) {
        for (dev.lightwork.model.FormFactor f : dev.lightwork.model.FormFactor.VALUES) {
            if (dev.lightwork.library.ReferenceLibrary.formFactorName(f).equals(dataName)) {
                return dev.lightwork.model.util.ModelLabels.literal(f);
            }
        }
        return dataName == null ? "no form factor" : dataName;
    }

    /**
     * "error LW-LINK-LAUNCH at file:13 element las0 › Output power (dBm): message [value -7.14, limit -2.90, source ...]":
     * the element by its id (what the file says), the attribute by its display name.
     */
    static String describe(DesignResult r, Finding f) {
        StringBuilder b = new StringBuilder(f.severity()).append(' ').append(f.rule().id());
        b.append(" at ").append(DesignCheck.location(r.file(), f.line(), 0));
        if (f.element() != null) {
            b.append(" element ").append(f.where());
        }
        b.append(": ").append(f.message());
        if (f.value() != null || f.limit() != null || f.source() != null) {
            b.append(" [value ").append(QuantityFormat.fixed(f.value(), 2)).append(", limit ").append(QuantityFormat.fixed(f.limit(), 2));
            if (f.source() != null) {
                b.append(", source ").append(OneLine.of(f.source()));
            }
            b.append(']');
        }
        return b.toString();
    }
}
