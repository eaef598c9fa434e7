package dev.lightwork.analysis.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;

class DesignAnalyzerTest {

    private final DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());

    @Test
    void laserPowerFollowsItsSolvedNodeTemperature() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        DesignAnalysis a = analyzer.analyze(d);
        double tosa = a.thermal().temperatureC().get("tj-tosa");
        assertTrue(tosa > d.getCaseTemperatureMaxC(), "the TOSA runs above the case: " + tosa);
        for (Lane lane : d.getLanes()) {
            LinkBudget b = a.linkBudget(lane);
            assertEquals(tosa, b.laserTemperatureC(), 1e-9);
            assertEquals(lane.getLaser().getPowerTemperatureCoefficientDbPerK() * (tosa - 25.0), b.temperatureDeratingDb(), 1e-9);
        }
        assertEquals(DesignAnalysis.Verdict.PASS, a.verdict());
    }

    /** Property: a worse heat path never raises a lane's margin (lasers with a negative coefficient run hotter). */
    @Test
    void moreThermalResistanceNeverRaisesMargin() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        ThermalPath tosaPath = d.getThermalNetwork().getPaths().stream().filter(p -> "tj-tosa".equals(p.getFrom().getId())).findFirst().orElseThrow();
        double previousWorst = Double.POSITIVE_INFINITY;
        for (double r = 1.0; r <= 40.0; r += 3.0) {
            tosaPath.setResistanceKPerW(r);
            double worst = analyzer.analyze(d).worstLane().orElseThrow().marginDb();
            assertTrue(worst <= previousWorst + 1e-12, "margin rose from " + previousWorst + " to " + worst + " at " + r + " K/W");
            previousWorst = worst;
        }
    }

    @Test
    void everyExampleHasOneBudgetPerLaneInLaneOrder() {
        for (var t : ReferenceDesigns.TEMPLATES.entrySet()) {
            TransceiverDesign d = t.getValue().get();
            DesignAnalysis a = analyzer.analyze(d);
            assertEquals(d.getLanes(), java.util.List.copyOf(a.linkBudgets().keySet()), t.getKey());
            // the 1.6T example's 802.3dj PMD has no sourced Tx/Rx tables: no errors, but not a sign-off either
            assertEquals(t.getKey().startsWith("1p6t") ? DesignAnalysis.Verdict.INDICATIVE : DesignAnalysis.Verdict.PASS, a.verdict(),
                    t.getKey() + ": " + a.errors());
        }
    }
}
