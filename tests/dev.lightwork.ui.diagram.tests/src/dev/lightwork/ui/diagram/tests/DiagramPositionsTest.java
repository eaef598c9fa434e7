package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.LightworkPackage.Literals;
import dev.lightwork.ui.diagram.DiagramPositions;
import dev.lightwork.ui.diagram.MainValue;

/** The placement sidecar (round trip, odd ids, clear errors) and the in-place value parser. */
class DiagramPositionsTest {

    @TempDir
    Path dir;

    @Test
    void sidecarRoundTripsIdsWithSeparatorsPerKind() throws IOException {
        Path design = dir.resolve("x.lightwork");
        DiagramPositions p = new DiagramPositions();
        p.put(DiagramKind.ARCHITECTURE, "module:x/lane:lane 0=a#b", new Rect(10.5, 20, 130, 49));
        p.put(DiagramKind.THERMAL, "thermal:tn1", new Rect(-4, 0, 60, 30));
        p.save(design);
        assertEquals(dir.resolve("x.lightwork.diagram"), DiagramPositions.sidecar(design));
        DiagramPositions back = DiagramPositions.load(design);
        assertEquals(new Rect(10.5, 20, 130, 49), back.get(DiagramKind.ARCHITECTURE, "module:x/lane:lane 0=a#b"));
        assertEquals(new Rect(-4, 0, 60, 30), back.get(DiagramKind.THERMAL, "thermal:tn1"));
        assertNull(back.get(DiagramKind.LINK, "thermal:tn1"), "positions are per diagram kind");
        assertTrue(DiagramPositions.load(dir.resolve("none.lightwork")).of(DiagramKind.ARCHITECTURE).isEmpty(), "no sidecar: ELK places all");
    }

    @Test
    void malformedSidecarNamesFileKeyAndValue() throws IOException {
        Path design = dir.resolve("y.lightwork");
        Files.writeString(DiagramPositions.sidecar(design), "architecture.host\\:0=12,abc,3,4\n");
        IOException e = assertThrows(IOException.class, () -> DiagramPositions.load(design));
        assertTrue(e.getMessage().contains("y.lightwork.diagram") && e.getMessage().contains("host:0") && e.getMessage().contains("'abc'"),
                e.getMessage());
        Files.writeString(DiagramPositions.sidecar(design), "wiring.host=1,2,3,4\n");
        e = assertThrows(IOException.class, () -> DiagramPositions.load(design));
        assertTrue(e.getMessage().contains("wiring.host"), e.getMessage());
        Files.writeString(DiagramPositions.sidecar(design), "thermal.n=1,2,0,4\n");
        e = assertThrows(IOException.class, () -> DiagramPositions.load(design));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void mainValueParsesNumbersWithTheAttributesUnitAndRefusesText() {
        ThermalPath path = LightworkFactory.eINSTANCE.createThermalPath();
        MainValue v = MainValue.of(path).orElseThrow();
        assertEquals(Literals.THERMAL_PATH__RESISTANCE_KPER_W, v.attribute());
        assertEquals("K/W", v.unit());
        assertEquals(12.5, v.parse(" 12.5 K/W "));
        assertEquals(-0.25, v.parse("-0,25"));
        assertNull(v.parse("  "), "empty = unset");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.parse("twelve"));
        assertTrue(e.getMessage().startsWith("Resistance: 'twelve' is not a number"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> v.parse("NaN"));
        assertEquals("dBm", MainValue.of(LightworkFactory.eINSTANCE.createLaser()).orElseThrow().unit());
        assertEquals(Optional.empty(), MainValue.of(LightworkFactory.eINSTANCE.createThermalNetwork()));
    }
}
