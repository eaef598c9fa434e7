package dev.lightwork.analysis.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.analysis.validation.StatusBand;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;

/** The one traffic-light decision the tables, diagrams and report share, and the required-margin default. */
class StatusBandTest {

    @Test
    void marginBandsAroundTheRequiredMargin() {
        assertEquals(StatusBand.FAIL, StatusBand.ofMargin(0.99, 1.0, 1.0));
        assertEquals(StatusBand.MARGINAL, StatusBand.ofMargin(1.0, 1.0, 1.0), "exactly the required margin passes, amber");
        assertEquals(StatusBand.MARGINAL, StatusBand.ofMargin(1.99, 1.0, 1.0));
        assertEquals(StatusBand.CLEAR, StatusBand.ofMargin(2.0, 1.0, 1.0));
        assertEquals(StatusBand.CLEAR, StatusBand.ofMargin(1.0, 1.0, 0.0), "no warning band: pass is clear");
        assertEquals(StatusBand.UNKNOWN, StatusBand.ofMargin(Double.NaN, 1.0, 1.0));
    }

    @Test
    void thermalBandsBelowTheLimit() {
        assertEquals(StatusBand.FAIL, StatusBand.ofHeadroom(-0.1, 5));
        assertEquals(StatusBand.MARGINAL, StatusBand.ofHeadroom(0, 5));
        assertEquals(StatusBand.CLEAR, StatusBand.ofHeadroom(5, 5));
        assertEquals(StatusBand.UNKNOWN, StatusBand.ofHeadroom(Double.NaN, 5));
    }

    @Test
    void requiredMarginDefaultsToZero() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.setRequiredMarginDb(null);
        assertEquals(0.0, DesignRules.requiredMarginDb(d));
        d.setRequiredMarginDb(1.5);
        assertEquals(1.5, DesignRules.requiredMarginDb(d));
    }
}
