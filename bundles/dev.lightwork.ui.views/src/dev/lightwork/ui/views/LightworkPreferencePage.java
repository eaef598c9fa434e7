package dev.lightwork.ui.views;

import java.util.Locale;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Lightwork: warning bands, power units in tables, solver time limit. */
public final class LightworkPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "dev.lightwork.ui.views.preferences";

    public LightworkPreferencePage() {
        super(GRID);
        setDescription("How the Lightwork analysis views judge and show results.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ViewPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new DecimalFieldEditor(ViewPreferences.MARGIN_WARNING_BAND_DB, "Link margin warning band (dB above required):", 0, 20, parent));
        addField(new DecimalFieldEditor(ViewPreferences.THERMAL_WARNING_BAND_K, "Thermal warning band (K below limit):", 0, 100, parent));
        addField(new RadioGroupFieldEditor(ViewPreferences.POWER_UNIT, "Optical powers in tables:", 2,
                new String[][] {{"dBm", ViewPreferences.UNIT_DBM}, {"mW", ViewPreferences.UNIT_MW}}, parent, true));
        IntegerFieldEditor limit = new IntegerFieldEditor(ViewPreferences.SOLVER_TIME_LIMIT_S, "Trade-study solver time limit (s):", parent);
        limit.setValidRange(1, 3600);
        addField(limit);
    }

    /** A text field accepting a decimal number in a range (JFace has only an integer editor). */
    static final class DecimalFieldEditor extends StringFieldEditor {
        private final double min;
        private final double max;

        DecimalFieldEditor(String name, String label, double min, double max, Composite parent) {
            super(name, label, parent);
            this.min = min;
            this.max = max;
            setErrorMessage(String.format(Locale.ROOT, "%s must be a number from %s to %s", label.replace(":", ""), min, max));
            setEmptyStringAllowed(false);
        }

        @Override
        protected void doFillIntoGrid(Composite parent, int numColumns) {
            super.doFillIntoGrid(parent, numColumns);
            getTextControl(parent).addModifyListener(e -> valueChanged()); // validate pasted and set text too, not only keys
        }

        @Override
        protected boolean doCheckState() {
            try {
                double v = Double.parseDouble(getStringValue().trim());
                return v >= min && v <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        @Override
        protected void doStore() {
            getPreferenceStore().setValue(getPreferenceName(), Double.parseDouble(getStringValue().trim()));
        }
    }
}
