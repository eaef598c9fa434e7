package dev.lightwork.ui.views.table;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One column of an analysis table: its name and unit (shown in the header), the exact value (written to CSV) and
 * the text shown in the cell. Numbers that are unknown (NaN) show as "?" and are empty in CSV.
 *
 * @param <R> the row type
 */
public record Column<R>(String name, String unit, boolean numeric, int width, Function<R, Object> value, Function<R, String> display) {

    public static <R> Column<R> number(String name, String unit, String format, ToDoubleFunction<R> value) {
        return number(name, unit, format, "?", value);
    }

    /** A number column whose NaN means {@code nanText} (e.g. "-" for "no limit" rather than "?" for unknown). */
    public static <R> Column<R> number(String name, String unit, String format, String nanText, ToDoubleFunction<R> value) {
        return new Column<>(name, unit, true, 64, r -> value.applyAsDouble(r), r -> {
            double v = value.applyAsDouble(r);
            return Double.isNaN(v) ? nanText : format(format, v);
        });
    }

    public static <R> Column<R> text(String name, int width, Function<R, String> value) {
        return new Column<>(name, "", false, width, r -> value.apply(r), r -> value.apply(r));
    }

    /** Header text: name, and the unit on a second line. */
    public String header() {
        return unit.isEmpty() ? name : name + "\n(" + unit + ")";
    }

    static String format(String format, double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, format, v);
    }
}
