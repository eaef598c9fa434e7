package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.LightworkPreferencePage;
import dev.lightwork.ui.views.ViewPreferences;

/** Window > Preferences > Lightwork: defaults, and values typed into the page reach the store the views read. */
class PreferencePageTest {

    @AfterEach
    void restore() {
        ViewPreferences.store().setToDefault(ViewPreferences.MARGIN_WARNING_BAND_DB);
        ViewPreferences.store().setToDefault(ViewPreferences.SOLVER_TIME_LIMIT_S);
    }

    @Test
    void defaultsAndEditedValuesReachThePreferenceStore() throws Exception {
        assertEquals(1.0, ViewPreferences.marginWarningBandDb(), 0.0);
        assertEquals(10, ViewPreferences.solverTimeLimitSeconds());
        assertFalse(ViewPreferences.powersInMilliwatts());

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.page().getWorkbenchWindow().getShell(),
                LightworkPreferencePage.ID, new String[] {LightworkPreferencePage.ID}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Workbench.spin();
            LightworkPreferencePage page = (LightworkPreferencePage) dialog.getSelectedPage();
            List<Text> texts = new ArrayList<>();
            List<Button> radios = new ArrayList<>();
            collect(page.getControl(), texts, radios);
            assertEquals(3, texts.size(), "margin band, thermal band, solver time limit");
            assertEquals(2, radios.size(), "dBm / mW");
            assertEquals("1.0", texts.get(0).getText());
            assertEquals("10", texts.get(2).getText());
            Screenshots.capture(dialog.getShell(), "preferences-lightwork");

            texts.get(0).setText("abc");
            Workbench.spin();
            assertFalse(page.isValid(), "a non-number is refused");
            texts.get(0).setText("2.5");
            texts.get(2).setText("30");
            Workbench.spin();
            assertTrue(page.isValid());
            assertTrue(page.performOk());
            assertEquals(2.5, ViewPreferences.marginWarningBandDb(), 0.0);
            assertEquals(30, ViewPreferences.solverTimeLimitSeconds());
        } finally {
            dialog.close();
        }
    }

    private static void collect(Control control, List<Text> texts, List<Button> radios) {
        if (control instanceof Text t) {
            texts.add(t);
        } else if (control instanceof Button b && (b.getStyle() & org.eclipse.swt.SWT.RADIO) != 0) {
            radios.add(b);
        } else if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, texts, radios);
            }
        }
    }
}
