package dev.lightwork.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Manifest;

/** Reads Bundle-Version from the manifest next to a class (no OSGi API needed, works in a plain JVM too). */
final class BundleVersion {

    private BundleVersion() {
    }

    static String of(Class<?> type) {
        try (InputStream in = type.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in == null) {
                return null;
            }
            return new Manifest(in).getMainAttributes().getValue("Bundle-Version");
        } catch (IOException e) {
            return null;
        }
    }
}
