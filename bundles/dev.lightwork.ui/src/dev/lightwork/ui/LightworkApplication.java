package dev.lightwork.ui;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The Lightwork workbench application (3.x RCP API on the e4 compatibility layer). */
public final class LightworkApplication implements IApplication {

    /** Title of the workbench window; UI tests assert on it. */
    public static final String WINDOW_TITLE = "Lightwork";

    /** System property with the product version (major.minor.micro) shown in About. */
    public static final String VERSION_PROPERTY = "lightwork.version";

    /** System property naming the build, as in every Eclipse product. */
    public static final String BUILD_ID_PROPERTY = "eclipse.buildId";

    @Override
    public Object start(IApplicationContext context) {
        defaultBuildId();
        Display display = PlatformUI.createDisplay();
        try {
            int rc = PlatformUI.createAndRunWorkbench(display, new LightworkWorkbenchAdvisor());
            return rc == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /**
     * The product's config.ini sets {@code eclipse.buildId} and {@code lightwork.version} (see the .product file); a
     * workbench started another way (UI tests, a launch configuration) takes them from this bundle's version, so About
     * and the error log always name the build.
     */
    static void defaultBuildId() {
        Version version = FrameworkUtil.getBundle(LightworkApplication.class).getVersion();
        if (System.getProperty(BUILD_ID_PROPERTY, "").isBlank() || System.getProperty(BUILD_ID_PROPERTY).contains("${")) {
            System.setProperty(BUILD_ID_PROPERTY, version.toString());
        }
        if (System.getProperty(VERSION_PROPERTY, "").isBlank() || System.getProperty(VERSION_PROPERTY).contains("${")) {
            System.setProperty(VERSION_PROPERTY, version.getMajor() + "." + version.getMinor() + "." + version.getMicro());
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
