package dev.lightwork.ui.views;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.lightwork.analysis.validation.StatusBand;

/**
 * The "Lightwork" preferences (instance scope of this bundle) and their defaults. Views listen to the store and
 * redraw when a value changes; the trade-study view reads {@link #SOLVER_TIME_LIMIT_S}.
 */
public final class ViewPreferences {

    public static final String BUNDLE = dev.lightwork.ui.diagram.WarningBands.QUALIFIER;
    /** Width of the amber band above the required link margin (dB). */
    public static final String MARGIN_WARNING_BAND_DB = dev.lightwork.ui.diagram.WarningBands.MARGIN_KEY;
    /** Width of the amber band below a thermal limit (K). */
    public static final String THERMAL_WARNING_BAND_K = dev.lightwork.ui.diagram.WarningBands.THERMAL_KEY;
    /** How optical powers show in tables: {@link #UNIT_DBM} or {@link #UNIT_MW}. */
    public static final String POWER_UNIT = "powerUnit";
    public static final String UNIT_DBM = "dBm";
    public static final String UNIT_MW = "mW";
    /** Time limit of one trade-study solver run (s). */
    public static final String SOLVER_TIME_LIMIT_S = "solverTimeLimitSeconds";

    static final double DEFAULT_MARGIN_WARNING_BAND_DB = StatusBand.DEFAULT_MARGIN_BAND_DB;
    static final double DEFAULT_THERMAL_WARNING_BAND_K = StatusBand.DEFAULT_THERMAL_BAND_K;
    static final int DEFAULT_SOLVER_TIME_LIMIT_S = 10;

    private static IPreferenceStore store;

    private ViewPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, BUNDLE);
        }
        return store;
    }

    public static double marginWarningBandDb() {
        return store().getDouble(MARGIN_WARNING_BAND_DB);
    }

    public static double thermalWarningBandK() {
        return store().getDouble(THERMAL_WARNING_BAND_K);
    }

    public static boolean powersInMilliwatts() {
        return UNIT_MW.equals(store().getString(POWER_UNIT));
    }

    public static int solverTimeLimitSeconds() {
        return store().getInt(SOLVER_TIME_LIMIT_S);
    }

    /** Registered as org.eclipse.core.runtime.preferences initializer: defaults live in the default scope. */
    public static final class Defaults extends AbstractPreferenceInitializer {
        @Override
        public void initializeDefaultPreferences() {
            IEclipsePreferences node = DefaultScope.INSTANCE.getNode(BUNDLE);
            node.putDouble(MARGIN_WARNING_BAND_DB, DEFAULT_MARGIN_WARNING_BAND_DB);
            node.putDouble(THERMAL_WARNING_BAND_K, DEFAULT_THERMAL_WARNING_BAND_K);
            node.put(POWER_UNIT, UNIT_DBM);
            node.putInt(SOLVER_TIME_LIMIT_S, DEFAULT_SOLVER_TIME_LIMIT_S);
        }
    }
}
