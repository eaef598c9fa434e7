package dev.lightwork.diagram.transceiver;

import java.util.List;
import java.util.Locale;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.diagram.description.DiagramContext;
import dev.lightwork.diagram.description.Palette;
import dev.lightwork.diagram.scene.LegendEntry;
import dev.lightwork.diagram.scene.NodeStyle;

/** Lane verdict bands as styles and legend lines, shared by the architecture and link diagrams. */
final class Verdicts {

    private Verdicts() {
    }

    static NodeStyle style(LaneStatus.Band band) {
        return switch (band) {
            case PASS -> Palette.PASS;
            case MARGINAL -> Palette.WARN;
            case FAIL -> Palette.FAIL;
        };
    }

    static List<LegendEntry> laneLegend(DiagramContext c) {
        double required = required(c);
        double headroom = c.options().marginHeadroomDb();
        return List.of(
                new LegendEntry(Palette.PASS, String.format(Locale.ROOT, "margin >= %.1f dB (required %.1f + %.1f dB)", required + headroom, required, headroom)),
                new LegendEntry(Palette.WARN, String.format(Locale.ROOT, "margin %.1f to %.1f dB", required, required + headroom)),
                new LegendEntry(Palette.FAIL, String.format(Locale.ROOT, "margin < %.1f dB or an error on the lane", required)));
    }

    static double required(DiagramContext c) {
        return DesignRules.requiredMarginDb(c.design());
    }

    static String margin(LaneStatus s) {
        return "margin " + QuantityFormat.withUnit(s.marginDb(), 2, "dB");
    }

    /** A short first error for a failing lane's label; the full text is in the diagnostics. */
    static String firstProblem(LaneStatus s) {
        List<String> all = s.errors().isEmpty() && s.budget() != null ? s.budget().problems() : s.errors();
        if (all.isEmpty()) {
            return null;
        }
        String p = all.get(0);
        return p.length() > 90 ? p.substring(0, 89) + "…" : p;
    }
}
