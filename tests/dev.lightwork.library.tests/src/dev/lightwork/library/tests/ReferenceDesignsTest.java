package dev.lightwork.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/** The five reference designs: consistent, built from the catalogue, and identical to the files in examples/. */
class ReferenceDesignsTest {

    @TempDir
    Path dir;

    static Stream<String> templates() {
        return ReferenceDesigns.templateIds().stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void roundTripsWithoutLoss(String template) throws Exception {
        TransceiverDesign built = ReferenceDesigns.TEMPLATES.get(template).get();
        Path file = dir.resolve(template + ".lightwork");
        DesignFiles.save(built, file);
        TransceiverDesign loaded = DesignFiles.load(file);
        assertTrue(EcoreUtil.equals(ReferenceDesigns.TEMPLATES.get(template).get(), loaded), template);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyLaneIsWiredEndToEndFromCataloguePart(String template) {
        TransceiverDesign d = ReferenceDesigns.TEMPLATES.get(template).get();
        ReferenceLibrary lib = ReferenceLibrary.load();
        assertTrue(lib.pmd(d.getOpticalPmd()).isPresent(), "PMD in library: " + d.getOpticalPmd());
        for (Lane lane : d.getLanes()) {
            assertNotNull(lane.getLaser(), lane.getId());
            assertNotNull(lane.getDriver(), lane.getId());
            assertNotNull(lane.getChannel(), lane.getId());
            assertNotNull(lane.getPhotodetector(), lane.getId());
            assertNotNull(lane.getTia(), lane.getId());
            // a CW laser needs a modulator; a modulated laser has none
            assertEquals(lane.getLaser().getExtinctionRatioDb() == null, lane.getModulator() != null, lane.getId());
        }
        for (Component c : d.getComponents()) {
            assertTrue(lib.part(c.getCatalogPart()).isPresent(), c.getId() + " from catalogue part " + c.getCatalogPart());
            if (c.getPowerMw() != null && c.getPowerMw() > 0) {
                assertNotNull(c.getThermalNode(), c.getId() + " dissipates somewhere");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void examplesFolderHoldsTheCurrentDesigns(String template) throws Exception {
        Path examples = Path.of(System.getProperty("lightwork.repo", "../.."), "examples");
        Path file = examples.resolve(template + ".lightwork");
        assertTrue(Files.isRegularFile(file), "missing " + file + ": regenerate with releng/examples");
        assertTrue(EcoreUtil.equals(ReferenceDesigns.TEMPLATES.get(template).get(), DesignFiles.load(file)),
                file + " is out of date: regenerate with releng/examples");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void shapesAreWhatTheNamesSay(String template) {
        TransceiverDesign d = ReferenceDesigns.TEMPLATES.get(template).get();
        int lanes = d.getLanes().size();
        boolean lpoOrCpo = template.contains("lpo") || template.contains("cpo");
        for (Lane lane : d.getLanes()) {
            if (lpoOrCpo) {
                assertNull(lane.getDsp(), template + " has no DSP");
            } else {
                assertNotNull(lane.getDsp(), template + " is DSP-based");
            }
        }
        assertEquals(template.contains("400g") ? 4 : template.contains("cpo") ? 512 : 8, lanes, template);
    }
}
