package dev.lightwork.diagram.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.diagram.chart.BarChart.Bar;
import dev.lightwork.diagram.chart.BarChart.Kind;
import dev.lightwork.diagram.chart.BarChart.Marker;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.model.Component;
import dev.lightwork.model.TransceiverDesign;

/**
 * The module power as a stacked waterfall (W): each part kind (or each part) adds its share, the DC-DC conversion
 * loss comes on top, the last bar is the total, and the MSA class limit is a line across.
 */
public final class PowerChart {

    /** By-part charts show this many largest parts and sum the rest into one bar. */
    static final int LARGEST_PARTS = 14;
    public static final Rgb LIMIT = new Rgb(0xc0, 0x20, 0x20);

    private PowerChart() {
    }

    /** Watts per part kind (Laser, DSP, TIA, ...) in order of first appearance; converters are not loads. */
    public static Map<String, Double> byKind(TransceiverDesign design, PowerBudget budget) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Component c : design.getComponents()) {
            Double w = budget.componentW().get(c.getId());
            if (w != null) {
                out.merge(kindName(c), w, Double::sum);
            }
        }
        return out;
    }

    /** The largest parts by power and, if more, one "N other parts" entry. */
    public static Map<String, Double> byPart(PowerBudget budget) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(budget.componentW().entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Double> out = new LinkedHashMap<>();
        double rest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < LARGEST_PARTS) {
                out.put(sorted.get(i).getKey(), sorted.get(i).getValue());
            } else {
                rest += sorted.get(i).getValue();
            }
        }
        if (sorted.size() > LARGEST_PARTS) {
            out.put((sorted.size() - LARGEST_PARTS) + " other parts", rest);
        }
        return out;
    }

    public static BarChart of(PowerBudget budget, Map<String, Double> contributions, String title) {
        List<Bar> bars = new ArrayList<>();
        double at = 0;
        for (Map.Entry<String, Double> e : contributions.entrySet()) {
            if (e.getValue() == 0.0) {
                continue; // passive parts (connectors, photodiodes) draw no power: no empty bars
            }
            bars.add(new Bar(e.getKey(), at, at + e.getValue(), Kind.PART, String.format(Locale.ROOT, "%.2f", e.getValue())));
            at += e.getValue();
        }
        if (budget.conversionLossW() > 0) {
            bars.add(new Bar("DC-DC loss", at, at + budget.conversionLossW(), Kind.LOSS, String.format(Locale.ROOT, "%.2f", budget.conversionLossW())));
        }
        bars.add(new Bar("Total", Double.NaN, budget.totalW(), Kind.LEVEL, String.format(Locale.ROOT, "%.2f", budget.totalW())));
        List<Marker> markers = new ArrayList<>();
        if (!Double.isNaN(budget.msaClassLimitW())) {
            markers.add(new Marker(String.format(Locale.ROOT, "MSA class limit %.1f W", budget.msaClassLimitW()), budget.msaClassLimitW(), LIMIT));
        }
        return new BarChart(title, "W", true, bars, markers);
    }

    /** One level bar per row (W), coloured as over where a row exceeds {@code limitW}, the limit as a line (none when NaN). */
    public static BarChart rows(String title, Map<String, Double> rows, double limitW, String limitLabel, String caption) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Double> e : rows.entrySet()) {
            double w = e.getValue() == null ? Double.NaN : e.getValue();
            Kind kind = Double.isNaN(w) ? Kind.UNKNOWN : w > limitW ? Kind.OVER : Kind.LEVEL;
            bars.add(new Bar(e.getKey(), Double.NaN, w, kind, QuantityFormat.watts(w)));
        }
        List<Marker> markers = new ArrayList<>();
        if (!Double.isNaN(limitW)) {
            markers.add(new Marker(limitLabel + " " + QuantityFormat.watts(limitW) + " W", limitW, LIMIT));
        }
        return new BarChart(title, "W", true, bars, markers, caption);
    }

    /** The part kind as designers write it (DSP, TIA, not Dsp, Tia). */
    static String kindName(Component c) {
        String name = c.eClass().getName();
        return switch (name) {
            case "Dsp" -> "DSP";
            case "Tia" -> "TIA";
            case "Microcontroller" -> "MCU";
            default -> name;
        };
    }
}
