package dev.lightwork.exchange;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.report.ModelDiff;

/**
 * A design as sorted, line-per-fact text for Git's {@code textconv}: every input with its unit, each lane's parts,
 * and the results (margins, power, temperatures, verdict), so {@code git diff} and {@code git log -p} show
 * engineering changes instead of XMI lines.
 */
public final class DesignText {

    private DesignText() {
    }

    public static String of(DesignAnalysis analysis, ReferenceLibrary library) {
        StringBuilder s = new StringBuilder();
        var d = analysis.design();
        s.append("design ").append(d.getId()).append(" \"").append(d.getName() == null ? "" : d.getName()).append("\"\n");
        s.append("design.opticalPmd = ").append(d.getOpticalPmd()).append('\n');
        s.append("design.formFactor = ").append(d.getFormFactor()).append('\n');
        s.append("design.fec = ").append(d.getFec()).append('\n');
        for (DesignInputs.Input in : DesignInputs.of(d, library)) {
            Object v = in.value();
            s.append(in.element()).append('.').append(in.attribute().getName()).append(" = ").append(v == null ? "(not given)" : v)
                    .append(in.unit().isEmpty() || v == null ? "" : " " + in.unit()).append('\n');
        }
        for (var c : d.getComponents()) {
            if (c.getCatalogPart() != null) {
                s.append(c.getId()).append(".catalogPart = ").append(c.getCatalogPart()).append('\n');
            }
        }
        for (Lane lane : d.getLanes()) {
            StringBuilder parts = new StringBuilder();
            for (EReference r : lane.eClass().getEAllReferences()) {
                if (!r.isContainment() && !r.isMany()) {
                    Object t = lane.eGet(r);
                    parts.append(' ').append(r.getName()).append('=').append(t == null ? "-" : ModelDiff.key((EObject) t));
                }
            }
            s.append(lane.getId()).append(" wiring:").append(parts).append('\n');
        }
        s.append("result verdict = ").append(analysis.verdict()).append('\n');
        for (LinkBudget b : analysis.linkBudgets().values()) {
            s.append("result ").append(b.laneId()).append(".margin = ").append(fixed(b.marginDb(), 2)).append(" dB\n");
        }
        s.append("result power = ").append(fixed(analysis.power().totalW(), 3)).append(" W\n");
        s.append("result pJPerBit = ").append(fixed(analysis.power().pJPerBit(), 2)).append(" pJ/bit\n");
        for (Map.Entry<String, Double> t : analysis.thermal().temperatureC().entrySet()) {
            s.append("result ").append(t.getKey()).append(".temperature = ").append(fixed(t.getValue(), 1)).append(" °C\n");
        }
        return s.toString();
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "unknown" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
