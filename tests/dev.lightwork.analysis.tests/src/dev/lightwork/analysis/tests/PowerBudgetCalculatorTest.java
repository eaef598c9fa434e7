package dev.lightwork.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.power.PowerBudgetCalculator;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.TransceiverDesign;

class PowerBudgetCalculatorTest {

    private final PowerBudgetCalculator calculator = new PowerBudgetCalculator(ReferenceLibrary.load());

    @Test
    void dr4ByHandSharedDspCountedOnce() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        PowerBudget p = calculator.compute(d);
        // DSP 4.5 W + 4 x (driver 0.25 + EML 0.25 + TIA 0.15) + MCU 0.15 = 7.25 W load, through a 90 % DC-DC
        assertEquals(7.25, p.loadW(), 1e-9);
        assertEquals(7.25 / 0.9, p.totalW(), 1e-9);
        // each lane carries a quarter of the DSP: 1.125 + 0.65
        assertEquals(1.775, p.laneW().get("lane0"), 1e-9);
        assertEquals(0.15, p.overheadW(), 1e-9, "MCU is module overhead");
        // 8 x 53.125 Gb/s host = 400G nominal
        assertEquals(400.0, p.nominalGbps(), 1e-9);
        assertEquals(7.25 / 0.9 / 400e9 * 1e12, p.pJPerBit(), 1e-9);
        assertEquals(12.0, p.msaClassLimitW(), 1e-9);
        assertTrue(p.withinClass());
        double sum = d.getComponents().stream().filter(c -> !(c instanceof PowerConverter))
                .mapToDouble(c -> c.getPowerMw() == null ? 0 : c.getPowerMw() / 1000).sum();
        assertEquals(sum, p.loadW(), 1e-9);
    }

    /** Published: 800G DSP modules 14-16 W, LPO ~8-9 W, 1.6T ~25-30 W, CPO ~5.5 W per 800G (domain notes sec. 3). */
    @Test
    void architecturesRankAsPublished() {
        PowerBudget dsp800 = calculator.compute(ReferenceDesigns.dr8800G());
        PowerBudget lpo800 = calculator.compute(ReferenceDesigns.lpo800G());
        PowerBudget dsp1600 = calculator.compute(ReferenceDesigns.dr81600G());
        PowerBudget cpo = calculator.compute(ReferenceDesigns.cpo51200G());
        assertTrue(dsp800.totalW() > 11 && dsp800.totalW() < 17, "800G DSP " + dsp800.totalW());
        assertTrue(lpo800.totalW() > 5 && lpo800.totalW() < 10, "800G LPO " + lpo800.totalW());
        assertTrue(lpo800.totalW() < 0.7 * dsp800.totalW(), "LPO saves about half");
        assertTrue(dsp1600.totalW() > 18 && dsp1600.totalW() < 32, "1.6T " + dsp1600.totalW());
        assertTrue(cpo.pJPerBit() > 3 && cpo.pJPerBit() < 9, "CPO pJ/bit " + cpo.pJPerBit());
        assertTrue(cpo.pJPerBit() < lpo800.pJPerBit() && lpo800.pJPerBit() < dsp800.pJPerBit());
        assertTrue(Double.isNaN(cpo.msaClassLimitW()), "no MSA class for a CPO engine");
        System.out.printf("power: 800G DSP %.1f W (%.1f pJ/b), LPO %.1f W (%.1f), 1.6T %.1f W (%.1f), CPO %.0f W (%.1f pJ/b)%n",
                dsp800.totalW(), dsp800.pJPerBit(), lpo800.totalW(), lpo800.pJPerBit(), dsp1600.totalW(), dsp1600.pJPerBit(),
                cpo.totalW(), cpo.pJPerBit());
    }

    @Test
    void badValuesAreProblemsNotExceptions() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Component dsp = d.getComponents().get(0);
        dsp.setPowerMw(-5.0);
        d.setMsaPowerClass(42);
        PowerBudget p = calculator.compute(d);
        assertTrue(p.problems().contains("dsp.powerMw = -5.0 is not a valid power"), p.problems().toString());
        assertTrue(p.problems().stream().anyMatch(s -> s.contains("no MSA power class 42 for QSFP-DD")), p.problems().toString());
    }
}
