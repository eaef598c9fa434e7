package dev.lightwork.ui.views;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * A view's on/off choices remembered across sessions in this bundle's dialog settings (as Eclipse's own views remember
 * their filters): one section per view, one key per choice. The workbench saves the settings when it closes.
 */
final class ViewToggles {

    private ViewToggles() {
    }

    /** The remembered choice, or {@code defaultValue} when the user never changed it. */
    static boolean get(String viewId, String key, boolean defaultValue) {
        IDialogSettings section = section(viewId, false);
        return section == null || section.get(key) == null ? defaultValue : section.getBoolean(key);
    }

    static void set(String viewId, String key, boolean value) {
        IDialogSettings section = section(viewId, true);
        if (section != null) {
            section.put(key, value);
        }
    }

    private static IDialogSettings section(String viewId, boolean create) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null; // nothing to remember in
        }
        IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ViewToggles.class)).getDialogSettings();
        IDialogSettings section = settings.getSection(viewId);
        return section == null && create ? settings.addNewSection(viewId) : section;
    }
}
