package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;

/**
 * Regressions seen in {@code lightwork report -f pdf examples/400g-dr4-qsfpdd.lightwork}: the PMD table printed
 * "Dispersion slope max ps nm2 km" with an empty unit cell, and the power and components tables printed the class
 * names "Dsp", "Tia", "Microcontroller" where the charts say DSP, TIA, MCU. Fixture: the 400G-DR4 reference design.
 */
class ReportDisplayNamesTest {

    private static String html() {
        return DesignReport.html(ReportInput.of(DesignReportHtmlTest.ANALYZER.analyze(ReferenceDesigns.dr4400G()), DesignReportHtmlTest.LIBRARY));
    }

    @Test
    void dispersionSlopeHasItsUnitInTheUnitColumnNotInItsName() {
        String html = html();
        assertFalse(html.contains("ps nm2 km"), "no unit spelled into the quantity's name");
        assertTrue(html.contains(">Dispersion slope max<"), "the quantity in words");
        assertTrue(html.contains("ps/(nm²·km)"), "its unit");
    }

    @Test
    void componentKindsAreDisplayNamesNotClassNames() {
        String html = html();
        for (String className : new String[] {">Dsp<", ">Tia<"}) {
            assertFalse(html.contains(className), className);
        }
        assertTrue(html.contains(">DSP<") && html.contains(">TIA<"), "DSP and TIA as designers write them");
    }

    /** Regression: the thermal table printed node kinds as enum constants ("JUNCTION", "CASE") and degrees as "(C)". */
    @Test
    void thermalTableNamesKindsInWordsAndDegreesAsDegreesCelsius() {
        String html = html();
        assertFalse(html.contains(">JUNCTION<") || html.contains(">CASE (boundary)<"), "no enum constants");
        assertFalse(html.contains("(C)<"), "no bare C for degrees");
        assertTrue(html.contains("Temperature (°C)"), "degrees Celsius in the header");
    }

    /** Regression: the diagnostics list printed the module power as 8.05556 where the rest of the report says 8.056. */
    @Test
    void diagnosticsValuesPrintedSixDigits() {
        String html = html();
        assertFalse(html.contains(">8.05556<"), "six significant digits in the diagnostics list");
        assertTrue(html.contains(">8.056<"), "four, as a reader wants them");
        assertTrue(dev.lightwork.analysis.format.QuantityFormat.finding(1.3e-15).equals("1.30e-15"), "a BER stays scientific");
    }
}
