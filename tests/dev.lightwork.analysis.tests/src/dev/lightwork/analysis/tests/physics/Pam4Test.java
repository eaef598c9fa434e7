package dev.lightwork.analysis.tests.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lightwork.analysis.physics.Pam4;

/** Oracle points computed independently (domain-notes.md section 2, PAM4 table). */
class Pam4Test {

    @ParameterizedTest(name = "BER {0}")
    @CsvSource({
        "2.4e-4,  3.4141, 17.655",
        "4.85e-3, 2.4856, 14.898",
        "2e-3,    2.7862, 15.890",
        "1e-6,    4.6950, 20.422",
        "1e-12,   6.9943, 23.885"})
    void qAndSnrForTargetBer(double ber, double q, double snrDb) {
        assertEquals(q, Pam4.qForBitErrorRatio(ber), 5e-4);
        assertEquals(snrDb, Pam4.snrDbForBitErrorRatio(ber), 2e-3);
        // and back again (Hipparchus erfcInv is accurate to ~1e-5 relative at 1e-12)
        assertEquals(ber, Pam4.bitErrorRatioAtSnrDb(Pam4.snrDbForBitErrorRatio(ber)), ber * 1e-4);
    }

    @Test
    void nrzQAt1e12() {
        assertEquals(7.0345, Pam4.nrzQForBitErrorRatio(1e-12), 5e-4);
    }

    @Test
    void pam4NeedsThreeTimesTheEyeOfNrz() {
        // At equal OMA the PAM4 eye is a third of the NRZ eye: 20 log10(3) = 9.54 dB electrical
        assertEquals(9.54, 20 * Math.log10(3), 0.005);
        double qNrz = 6.0;
        assertEquals(Pam4.q(qNrz / 3) * 0.75, Pam4.bitErrorRatio(qNrz / 3), 1e-15);
    }

    @Test
    void impossibleTargetsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pam4.qForBitErrorRatio(0.0));
        assertThrows(IllegalArgumentException.class, () -> Pam4.qForBitErrorRatio(0.5));
        assertThrows(IllegalArgumentException.class, () -> Pam4.qForSnr(Double.NaN));
    }
}
