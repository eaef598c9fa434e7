package dev.lightwork.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignValidator;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;

class DesignValidatorTest {

    @BeforeAll
    static void register() {
        DesignValidator.register();
    }

    private static List<Diagnostic> errors(TransceiverDesign d) {
        return Diagnostician.INSTANCE.validate(d).getChildren().stream().filter(c -> c.getSeverity() == Diagnostic.ERROR).toList();
    }

    @Test
    void everyReferenceDesignPasses() {
        for (var t : ReferenceDesigns.TEMPLATES.entrySet()) {
            assertEquals(List.of(), errors(t.getValue().get()).stream().map(Diagnostic::getMessage).toList(), t.getKey());
        }
    }

    @Test
    void weakLaserGivesLinkErrorNamingLaneValueLimitAndSource() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(2);
        lane.getLaser().setOutputPowerDbm(-6.0);
        List<Diagnostic> errors = errors(d);
        Diagnostic e = errors.get(0);
        assertEquals(DesignValidator.LINK, e.getCode());
        assertSame(lane, e.getData().get(0));
        assertTrue((Double) e.getData().get(2) < 0, "value is the negative margin");
        assertEquals(0.0, (Double) e.getData().get(3), 1e-9);
        assertTrue(((String) e.getData().get(4)).startsWith("400GBASE-DR4 IEEE 802.3 cl.124"), e.getData().get(4).toString());
        assertTrue(e.getMessage().startsWith("Lane lane2: link margin -"), e.getMessage());
        // -6 dBm at 25 C is also outside the clause-124 transmitter and receiver tables, term by term (each names
        // the PMD column it comes from), and the post-FEC BER misses the design's target. Only lane 2 is affected.
        List<String> pmdColumns = errors.stream().map(x -> (String) x.getData().get(4)).filter(src -> src.matches(".*\\([a-z_]+\\)$"))
                .map(src -> src.substring(src.lastIndexOf('(') + 1, src.length() - 1)).toList();
        assertEquals(List.of("avg_launch_min_dbm", "oma_min_dbm", "oma_minus_tdecq_min_dbm", "avg_rx_min_dbm"), pmdColumns);
        assertSame(lane.getLaser(), errors.get(1).getData().get(0));
        assertSame(LightworkPackage.eINSTANCE.getLaser_OutputPowerDbm(), errors.get(1).getData().get(1));
        assertEquals(-2.9, (Double) errors.get(1).getData().get(3), 1e-9);
        assertTrue(errors.get(errors.size() - 1).getMessage().startsWith("Lane lane2: post-FEC BER"), errors.toString());
        assertTrue(errors.stream().allMatch(x -> x.getMessage().startsWith("Lane lane2: ")), errors.toString());
    }

    @Test
    void powerOverClassNamesTheClassAndLimit() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.setMsaPowerClass(3);
        Diagnostic e = errors(d).get(0);
        assertEquals(DesignValidator.POWER, e.getCode());
        assertSame(LightworkPackage.eINSTANCE.getTransceiverDesign_MsaPowerClass(), e.getData().get(1));
        assertEquals(7.0, (Double) e.getData().get(3), 1e-9);
        assertTrue(e.getMessage().contains("exceeds MSA power class 3 (7.00 W)"), e.getMessage());
    }

    @Test
    void hotJunctionIsAThermalError() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getThermalNetwork().getPaths().get(1).setResistanceKPerW(20.0); // TOSA path
        Diagnostic e = errors(d).get(0);
        assertEquals(DesignValidator.THERMAL, e.getCode());
        assertTrue(e.getMessage().startsWith("Thermal node tj-tosa reaches 110.0 C, above its 85.0 C limit"), e.getMessage());
    }

    @Test
    void badNumbersGiveDiagnosticsNotExceptions() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getChannels().get(0).setLengthM(Double.POSITIVE_INFINITY);
        d.getLanes().get(0).setPhotodetector(null);
        List<Diagnostic> errors = errors(d);
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().equals("lane0: no photodetector")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("smf › Length (m) = Infinity is not a number")), errors.toString());
        assertNotNull(errors.get(0).getData().get(0));
    }
}
