package dev.lightwork.ui.help;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * Eclipse's own help UI (the help window, the Help view with search and context help, from {@code org.eclipse.help.ui}),
 * found through the {@code org.eclipse.ui.helpSupport} extension it contributes, so that nothing of its internals is
 * compiled against.
 */
final class PlatformHelpUI {

    static final String HELP_SUPPORT = "org.eclipse.ui.helpSupport";
    static final String HELP_UI_BUNDLE = "org.eclipse.help.ui";

    private PlatformHelpUI() {
    }

    /** Whether {@code org.eclipse.help.ui} contributes its help UI here. */
    static boolean installed() {
        return config() != null;
    }

    /** The platform's help UI, or null when {@code org.eclipse.help.ui} is not installed or cannot start. */
    static AbstractHelpUI create() {
        IConfigurationElement config = config();
        if (config == null) {
            return null;
        }
        try {
            return (AbstractHelpUI) config.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            ILog.of(PlatformHelpUI.class).error("Eclipse's help UI cannot start: the user guide opens in the Help view", e);
            return null;
        }
    }

    private static IConfigurationElement config() {
        for (IConfigurationElement config : Platform.getExtensionRegistry().getConfigurationElementsFor(HELP_SUPPORT)) {
            if (HELP_UI_BUNDLE.equals(config.getContributor().getName())) {
                return config;
            }
        }
        return null;
    }
}
