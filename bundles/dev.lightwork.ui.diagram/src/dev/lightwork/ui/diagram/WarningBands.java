package dev.lightwork.ui.diagram;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;

import dev.lightwork.analysis.validation.StatusBand;
import dev.lightwork.diagram.description.DiagramOptions;

/**
 * The user's warning bands (Window > Preferences > Lightwork) as the diagram pages read them. The preference page
 * and the tables live in dev.lightwork.ui.views, above this bundle, so the keys are defined here and that bundle
 * uses these constants: one name per preference.
 */
public final class WarningBands {

    /** Preference node (the bundle that shows the preference page). */
    public static final String QUALIFIER = "dev.lightwork.ui.views";
    /** Width of the amber band above the required link margin (dB). */
    public static final String MARGIN_KEY = "marginWarningBandDb";
    /** Width of the amber band below a thermal limit (K). */
    public static final String THERMAL_KEY = "thermalWarningBandK";

    private WarningBands() {
    }

    /** {@code options} with the bands the user set (defaults where unset or not a usable width). */
    public static DiagramOptions applyTo(DiagramOptions options) {
        return options.withBands(read(MARGIN_KEY, StatusBand.DEFAULT_MARGIN_BAND_DB), read(THERMAL_KEY, StatusBand.DEFAULT_THERMAL_BAND_K));
    }

    private static double read(String key, double fallback) {
        double v = Platform.getPreferencesService().getDouble(QUALIFIER, key, fallback, null);
        // the page validates its input; a hand-edited preferences file may still hold a negative or NaN width
        return v >= 0 && Double.isFinite(v) ? v : fallback;
    }

    /** Calls {@code changed} (on any thread) when either band changes; the returned runnable stops listening. */
    public static Runnable listen(Runnable changed) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        IPreferenceChangeListener l = e -> {
            if (MARGIN_KEY.equals(e.getKey()) || THERMAL_KEY.equals(e.getKey())) {
                changed.run();
            }
        };
        node.addPreferenceChangeListener(l);
        return () -> node.removePreferenceChangeListener(l);
    }
}
