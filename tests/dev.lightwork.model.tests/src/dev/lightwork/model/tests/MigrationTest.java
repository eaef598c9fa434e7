package dev.lightwork.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/** A file written by model version 0 (lengths in km, "launchPowerDbm") loads as version 1. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void version0FileIsMigratedOnLoadAndSavedAsCurrentVersion() throws IOException {
        Path v0 = dir.resolve("v0.lightwork");
        try (InputStream in = MigrationTest.class.getResourceAsStream("/resources/v0/dr4-v0.lightwork")) {
            Files.copy(in, v0);
        }
        String before = Files.readString(v0);
        TransceiverDesign d = DesignFiles.load(v0);
        assertEquals("dr4-v0", d.getId());
        assertEquals(500.0, d.getChannels().get(0).getLengthM(), 1e-9, "0.5 km became 500 m");
        Laser laser = d.getLanes().get(0).getLaser();
        assertEquals(2.0, laser.getOutputPowerDbm(), 1e-9, "launchPowerDbm became outputPowerDbm");
        assertEquals(before, Files.readString(v0), "loading never rewrites the user's file");

        Path v1 = dir.resolve("v1.lightwork");
        DesignFiles.save(d, v1);
        String after = Files.readString(v1);
        assertTrue(after.contains(LightworkPackage.eNS_URI), after);
        assertTrue(after.contains("lengthM=\"500.0\""), after);
        assertEquals(500.0, DesignFiles.load(v1).getChannels().get(0).getLengthM(), 1e-9);
    }
}
