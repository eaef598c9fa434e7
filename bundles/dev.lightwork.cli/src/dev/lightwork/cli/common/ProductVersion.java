package dev.lightwork.cli.common;

import picocli.CommandLine.IVersionProvider;

/**
 * The product version from the bundle manifest, so the product, CLI and update site agree. A package of its own
 * so every command package can print it without depending on the root command (which depends on them).
 */
public final class ProductVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Lightwork " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** The implementation version: Bundle-Version when run in OSGi or from the jar, else "development". */
    public static String version() {
        try (var in = ProductVersion.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                String v = new java.util.jar.Manifest(in).getMainAttributes().getValue("Bundle-Version");
                if (v != null) {
                    return v;
                }
            }
        } catch (java.io.IOException e) {
            // fall through: a missing manifest only loses the version string
        }
        return "development";
    }
}
