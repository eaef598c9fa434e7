package dev.lightwork.analysis.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.util.ModelLabels;

/** Issue 16 item 9: what diagnostics say about elements and attributes is what people read, not Java or Ecore names. */
class DisplayNamesTest {

    private static DesignDiagnostic on(Object element, Object attribute) {
        return DesignDiagnostic.of(new BasicDiagnostic(Diagnostic.ERROR, DesignRules.SOURCE, DesignRules.INPUT, "m",
                new Object[] {element, attribute, 1.0, null, null, DesignRule.INPUT_RANGE}));
    }

    /** Defect: {@code DesignDiagnostic.elementId()} of an element without an id was its EClass name ("HostInterface"). */
    @Test
    void elementIdOfAnIdLessElementWasItsClassName() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        assertEquals("Host interface", on(d.getHostInterface(), null).elementId());
        ThermalPath path = d.getThermalNetwork().getPaths().get(0);
        DesignDiagnostic p = on(path, LightworkPackage.Literals.THERMAL_PATH__RESISTANCE_KPER_W);
        assertEquals("Thermal path " + path.getFrom().getId() + " → " + path.getTo().getId(), p.elementId());
        assertEquals(p.elementId() + " › Resistance (K/W)", p.where());
        assertFalse(on(d.getThermalNetwork(), null).elementId().contains("ThermalNetwork"));
        // an element with an id keeps it (what tools and the file say), its label adds the kind
        DesignDiagnostic laser = on(d.getLanes().get(0).getLaser(), LightworkPackage.Literals.LASER__OUTPUT_POWER_DBM);
        assertEquals("las0", laser.elementId());
        assertEquals("Laser las0", laser.elementLabel());
        assertEquals("las0 › Output power (dBm)", laser.where());
    }

    @Test
    void attributesReadAsWordsWithTheirUnit() {
        assertEquals("Output power (dBm)", ModelLabels.attribute("outputPowerDbm"));
        assertEquals("Attenuation (dB/km)", ModelLabels.attribute("attenuationDbPerKm"));
        assertEquals("Lane count", ModelLabels.attribute("laneCount"));
        assertEquals("TDECQ (dB)", ModelLabels.attribute("tdecqDb"));
        assertEquals("MSA power class", ModelLabels.attribute("msaPowerClass"));
    }

    /** Defect: counts read "0 error(s), 1 warning(s)". */
    @Test
    void countsReadAsEnglishNotErrorParenS() {
        assertEquals("no errors", QuantityFormat.count(0, "error"));
        assertEquals("1 warning", QuantityFormat.count(1, "warning"));
        assertEquals("3 lanes", QuantityFormat.count(3, "lane"));
    }
}
