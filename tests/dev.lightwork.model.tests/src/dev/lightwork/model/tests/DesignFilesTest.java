package dev.lightwork.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

class DesignFilesTest {

    @TempDir
    Path dir;

    private Path saved() throws IOException {
        Path file = dir.resolve("small.lightwork");
        DesignFiles.save(SmallDesign.create(), file);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void roundTripKeepsEveryValueAndReference() throws IOException {
        TransceiverDesign original = SmallDesign.create();
        Path file = dir.resolve("rt.lightwork");
        DesignFiles.save(original, file);
        TransceiverDesign loaded = DesignFiles.load(file);
        assertTrue(EcoreUtil.equals(SmallDesign.create(), loaded), "loaded design equals the saved one");
        // shared parts stay shared: both lanes reference the same DSP object
        assertTrue(loaded.getLanes().get(0).getDsp() == loaded.getLanes().get(1).getDsp());
        // saving the loaded design again gives the same bytes (stable files, clean diffs)
        Path again = dir.resolve("rt2.lightwork");
        DesignFiles.save(loaded, again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void missingFileNamesTheFile() {
        Path missing = dir.resolve("nope.lightwork");
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void malformedXmlGivesFileLineAndColumn() throws IOException {
        String text = Files.readString(saved());
        // cut the file in the middle of an element: a truncated save of a naive writer
        Path broken = write("broken.lightwork", text.substring(0, text.indexOf("<lanes") + 20));
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(broken));
        assertTrue(e.line() > 1, "line reported: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(broken + ":" + e.line() + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed XML"), e.getMessage());
    }

    @Test
    void unknownAttributeNamesAttributeElementAndLine() throws IOException {
        String text = Files.readString(saved());
        String withTypo = text.replace("outputPowerDbm=\"1.5\"", "outputPowrDbm=\"1.5\"");
        Path file = write("typo.lightwork", withTypo);
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file));
        assertTrue(e.getMessage().contains("'outputPowrDbm'"), e.getMessage());
        assertTrue(e.getMessage().contains("Laser 'laser0'"), e.getMessage());
        int expectedLine = lineOf(withTypo, "outputPowrDbm");
        assertEquals(expectedLine, e.line(), e.getMessage());
    }

    @Test
    void danglingReferenceNamesTheMissingId() throws IOException {
        String text = Files.readString(saved());
        String dangling = text.replaceFirst("laser=\"laser0\"", "laser=\"laser-gone\"");
        assertFalse(dangling.equals(text), "fixture contains the reference");
        Path file = write("dangling.lightwork", dangling);
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file));
        assertTrue(e.getMessage().contains("dangling reference"), e.getMessage());
        assertTrue(e.getMessage().contains("laser-gone"), e.getMessage());
        assertTrue(e.getMessage().contains("Lane 'lane0'"), e.getMessage());
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path file = write("xxe.lightwork", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<lightwork:TransceiverDesign xmlns:lightwork=\"http://lightwork.dev/model/1.0\" name=\"&x;\"/>\n");
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE declarations are not allowed"), e.getMessage());
        assertEquals(2, e.line(), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void billionLaughsIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path file = write("laughs.lightwork", "<?xml version=\"1.0\"?>\n" + dtd + "\n"
                + "<lightwork:TransceiverDesign xmlns:lightwork=\"http://lightwork.dev/model/1.0\" name=\"&l9;\"/>\n");
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE declarations are not allowed"), e.getMessage());
    }

    @Test
    void wrongRootElementIsReported() throws IOException {
        Path file = write("lane.lightwork", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<lightwork:Lane xmlns:lightwork=\"http://lightwork.dev/model/1.0\" id=\"x\"/>\n");
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file));
        assertTrue(e.getMessage().contains("expected one TransceiverDesign at the top, found Lane"), e.getMessage());
    }

    @Test
    void failedLoadLeavesNothingBehindInTheResourceSet() throws IOException {
        Path file = write("bad.lightwork", "<not-closed");
        ResourceSet set = DesignFiles.newResourceSet();
        assertThrows(DesignLoadException.class, () -> DesignFiles.loadResource(file, set));
        assertTrue(set.getResources().isEmpty(), "no half-loaded resource can be saved back");
        assertEquals("<not-closed", Files.readString(file), "the user's file is untouched");
    }

    @Test
    void unknownModelVersionIsRefusedClearly() throws IOException {
        Path file = write("future.lightwork", "<?xml version=\"1.0\"?>\n"
                + "<lightwork:TransceiverDesign xmlns:lightwork=\"http://lightwork.dev/model/9.0\" id=\"x\"/>\n");
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file));
        assertTrue(e.getMessage().contains("unsupported model version http://lightwork.dev/model/9.0"), e.getMessage());
    }

    @Test
    void saveReplacesContentAndLeavesNoTempFiles() throws IOException {
        Path file = saved();
        TransceiverDesign d = DesignFiles.load(file);
        d.setName("renamed");
        DesignFiles.save(d, file);
        assertEquals("renamed", DesignFiles.load(file).getName());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the design file remains");
        }
        assertNotNull(d.eResource());
    }

    @Test
    void saveKeepsTheFilePermissions() throws IOException {
        Path file = saved();
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(file), "new files are readable by others");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        DesignFiles.save(DesignFiles.load(file), file);
        assertEquals(PosixFilePermissions.fromString("rw-rw----"), Files.getPosixFilePermissions(file));
    }

    private static int lineOf(String text, String needle) {
        int idx = text.indexOf(needle);
        return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
    }
}
