package dev.lightwork.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Regression (README known gap): the features and About said EPL-2.0 but the repository had no LICENSE with the text.
 * The file holds the whole EPL-2.0 (copied from a jar that ships it, never retyped), and every feature still names it.
 */
class LicenseFileTest {

    @Test
    void repositoryHadNoLicenseFileWithTheFullEplText() throws Exception {
        Path license = Sources.ROOT.resolve("LICENSE");
        assertTrue(Files.isRegularFile(license), "LICENSE at the repository root");
        String text = Files.readString(license);
        assertTrue(text.startsWith("Eclipse Public License - v 2.0"), "the EPL-2.0, by its own title");
        for (String part : List.of("### 1. Definitions", "### 2. Grant of Rights", "### 3. Requirements", "### 4. Commercial Distribution",
                "### 5. No Warranty", "### 6. Disclaimer of Liability", "### 7. General", "Exhibit A - Form of Secondary Licenses Notice")) {
            assertTrue(text.contains(part), "the whole licence: " + part);
        }
        try (var features = Files.list(Sources.ROOT.resolve("features"))) {
            for (Path feature : features.map(f -> f.resolve("feature.xml")).filter(Files::isRegularFile).toList()) {
                assertTrue(Files.readString(feature).contains("SPDX-License-Identifier: EPL-2.0"), feature + " names the licence of LICENSE");
            }
        }
    }
}
