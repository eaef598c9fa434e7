package dev.lightwork.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Laser;
import dev.lightwork.model.Metric;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.VariableKind;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.SolverDisagreementException;
import dev.lightwork.solver.StudyBuilder;
import dev.lightwork.solver.StudyVariable;
import dev.lightwork.solver.engine.TradeStudySolver;

class MaterialiseAndDisagreementTest {

    private final DesignMaterialiser materialiser = new DesignMaterialiser(ReferenceLibrary.load());

    @Test
    void sharedCwLaserIsBuiltOncePerFourLanesWithAModulatorPerLane() {
        TransceiverDesign base = Fixtures.dr4();
        List<StudyVariable> vars = List.of(new StudyVariable("laser", VariableKind.CATALOG_CHOICE, "LASER", List.of("LAS-CW-1311-SIPH")),
                new StudyVariable("mod", VariableKind.CATALOG_CHOICE, "MODULATOR", List.of("MOD-MZM-SIPH-53")));
        TransceiverDesign d = materialiser.materialise(base, vars, new int[] {0, 0});
        List<Laser> lasers = d.getComponents().stream().filter(Laser.class::isInstance).map(Laser.class::cast).toList();
        assertEquals(1, lasers.size(), "LAS-CW-1311-SIPH feeds 4 lanes (catalogue shared_lanes)");
        assertTrue(d.getLanes().stream().allMatch(l -> l.getLaser() == lasers.get(0)));
        assertSame(base.getLanes().get(0).getLaser().getThermalNode().getId(), lasers.get(0).getThermalNode().getId());
        assertTrue(d.getLanes().stream().allMatch(l -> "MOD-MZM-SIPH-53".equals(l.getModulator().getCatalogPart())));
        assertEquals(4, d.getLanes().stream().map(l -> l.getModulator()).distinct().count());
        assertEquals(4, base.getComponents().stream().filter(Laser.class::isInstance).count(), "the base design is untouched");
        // and back: removing the modulators and the DSP (linear drive)
        List<StudyVariable> lpo = List.of(new StudyVariable("mod", VariableKind.CATALOG_CHOICE, "MODULATOR", List.of("NONE")),
                new StudyVariable("dsp", VariableKind.CATALOG_CHOICE, "DSP", List.of("NONE")));
        TransceiverDesign e = materialiser.materialise(d, lpo, new int[] {0, 0});
        assertTrue(e.getLanes().stream().allMatch(l -> l.getModulator() == null && l.getDsp() == null));
        assertTrue(e.getComponents().stream().noneMatch(c -> c instanceof dev.lightwork.model.Dsp || c instanceof dev.lightwork.model.Modulator));
    }

    @Test
    void componentSlotChangesOnlyThatPart() {
        TransceiverDesign base = Fixtures.dr4();
        List<StudyVariable> vars = List.of(new StudyVariable("tia2", VariableKind.CATALOG_CHOICE, "tia2", List.of("TIA-LPO-53")));
        TransceiverDesign d = materialiser.materialise(base, vars, new int[] {0});
        assertEquals("TIA-LPO-53", d.getLanes().get(2).getTia().getCatalogPart());
        assertEquals("tia2", d.getLanes().get(2).getTia().getId());
        assertEquals("TIA-LIN-53", d.getLanes().get(1).getTia().getCatalogPart());
        assertEquals(base.getComponents().size(), d.getComponents().size());
    }

    /**
     * A converter choice makes module power a product (load / efficiency), outside the separable model: the
     * re-validation must refuse the result rather than return wrong numbers.
     */
    @Test
    void aNonSeparableSpaceIsRejectedLoudlyByTheReValidation() {
        TradeStudy study = new StudyBuilder("converter")
                .choice("dcdc", "dcdc", "PWR-DCDC-90", "PWR-DCDC-85")
                .choice("tia", "TIA", "TIA-CPO-53", "TIA-LPO-53")
                .minimise(Metric.MODULE_POWER_W).minimise(Metric.COST_USD).build();
        SolverDisagreementException e = assertThrows(SolverDisagreementException.class,
                () -> new TradeStudySolver(Fixtures.ANALYZER).explore(Fixtures.dr4(), study, 30, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("Pareto point") && e.getMessage().contains("module power [W]: analyzer"), e.getMessage());
        assertTrue(e.getMessage().contains("PWR-DCDC-85"), e.getMessage());
    }
}
