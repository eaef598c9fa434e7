package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;

import dev.lightwork.model.LightworkPackage;
import dev.lightwork.ui.diagram.Units;

/** The README unit convention, read from attribute names. */
class UnitsTest {

    @Test
    void suffixGivesTheUnitLongestFirst() {
        assertEquals("dBm", Units.of("outputPowerDbm"));
        assertEquals("dB", Units.of("insertionLossDb"));
        assertEquals("dB/km", Units.of("attenuationDbPerKm"));
        assertEquals("dB/Hz", Units.of("rinDbPerHz"));
        assertEquals("K/W", Units.of("resistanceKPerW"));
        assertEquals("A/W", Units.of("responsivityAPerW"));
        assertEquals("pA/√Hz", Units.of("inputNoisePaPerRtHz"));
        assertEquals("Gb/s", Units.of("laneRateGbps"));
        assertEquals("GBd", Units.of("baudGbd"));
        assertEquals("mW", Units.of("powerMw"));
        assertEquals("°C", Units.of("caseTemperatureMaxC"));
        assertEquals("m", Units.of("lengthM"));
        assertEquals("nm", Units.of("wavelengthNm"));
        assertEquals("USD", Units.of("costUsd"));
        assertEquals("V", Units.of("supplyVoltageV"));
        assertEquals("s", Units.of("timeLimitS"));
    }

    @Test
    void namesWithoutUnitSuffixHaveNone() {
        assertNull(Units.of("laneCount"));
        assertNull(Units.of("efficiency"));
        assertNull(Units.of("msaPowerClass"));
        assertNull(Units.of("name"));
        assertNull(Units.of("M"), "a bare suffix is no attribute name");
    }

    /** Every double attribute of the model either has a unit or is a plain ratio/count the README names. */
    @Test
    void everyMeasuredModelAttributeHasAUnit() {
        for (EClassifier c : LightworkPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass eClass) {
                for (EAttribute a : eClass.getEAttributes()) {
                    boolean measured = a.getEAttributeType().getInstanceClass() == Double.class;
                    boolean dimensionless = a.getName().equals("efficiency") || a.getName().equals("targetPostFecBer")
                            || a.getName().equals("bound") || a.getName().equals("minYield");
                    // tolerances and test limits are in the unit of the attribute or quantity they vary or test
                    dimensionless |= eClass.getName().equals("Tolerance") || eClass.getName().equals("TestLimit");
                    if (measured && !dimensionless) {
                        assertEquals(true, Units.of(a.getName()) != null, eClass.getName() + "." + a.getName() + " has no unit suffix");
                    }
                }
            }
        }
    }
}
