package dev.lightwork.analysis.tests.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lightwork.analysis.physics.ReedSolomonFec;

/**
 * Against the independent exact binomial computation (Python/mpmath) tabulated in
 * shared/reference/domain-notes.md section 2.
 */
class ReedSolomonFecTest {

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, what);
    }

    @ParameterizedTest(name = "KP4 BER {0}")
    @CsvSource({
        "1e-4,   9.9955e-4, 1.36e-18, 4.0e-21",
        "2e-4,   1.9982e-3, 5.39e-14, 1.6e-16",
        "2.4e-4, 2.3974e-3, 8.15e-13, 2.41e-15",
        "2.5e-4, 2.4972e-3, 1.49e-12, 4.4e-15",
        "3e-4,   2.9960e-3, 2.14e-11, 6.35e-14"})
    void kp4MatchesExactBinomialTable(double ber, double ser, double cer, double post) {
        ReedSolomonFec kp4 = ReedSolomonFec.KP4;
        assertRelative(ser, kp4.symbolErrorRatio(ber), 1e-4, "SER");
        assertRelative(cer, kp4.codewordErrorRatio(ber), 0.02, "CER");
        assertRelative(post, kp4.postFecBitErrorRatio(ber), 0.03, "post-FEC BER");
        assertEquals(kp4.codewordErrorRatio(ber), kp4.frameLossRatio(ber));
    }

    @ParameterizedTest(name = "KR4 BER {0}")
    @CsvSource({"1e-5, 1.36e-15", "2e-5, 3.3e-13", "5e-5, 4.4e-10"})
    void kr4MatchesExactBinomialTable(double ber, double cer) {
        assertRelative(cer, ReedSolomonFec.KR4.codewordErrorRatio(ber), 0.03, "CER");
    }

    @Test
    void inversePointsMatchTable() {
        ReedSolomonFec kp4 = ReedSolomonFec.KP4;
        assertRelative(2.084e-4, kp4.berForCodewordErrorRatio(1e-13), 0.005, "CER 1e-13");
        assertRelative(2.262e-4, kp4.berForPostFecBitErrorRatio(1e-15), 0.005, "post 1e-15");
        assertRelative(3.096e-4, kp4.berForPostFecBitErrorRatio(1e-13), 0.005, "post 1e-13");
    }

    @Test
    void kp4ParametersAndOverhead() {
        assertEquals(15, ReedSolomonFec.KP4.t());
        // 103.125 x 257/264 x 544/514 = 106.25 Gb/s per 100G lane (domain notes, lane-rate arithmetic)
        assertEquals(106.25, 103.125 * 257.0 / 264.0 * ReedSolomonFec.KP4.overhead(), 1e-9);
    }

    @Test
    void codewordErrorRatioNeverFallsAsInputBerRises() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            double a = Math.pow(10, -7 + 5 * random.nextDouble());
            double b = a * (1 + random.nextDouble());
            assertTrue(ReedSolomonFec.KP4.codewordErrorRatio(b) >= ReedSolomonFec.KP4.codewordErrorRatio(a), a + " vs " + b);
        }
    }

    @Test
    void badInputsAreRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReedSolomonFec.KP4.codewordErrorRatio(Double.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReedSolomonFec.KP4.symbolErrorRatio(-1e-3));
        assertThrows(IllegalArgumentException.class, () -> new ReedSolomonFec("bad", 10, 12, 1, 8));
    }
}
