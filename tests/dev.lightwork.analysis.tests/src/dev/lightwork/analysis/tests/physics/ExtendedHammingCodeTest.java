package dev.lightwork.analysis.tests.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.physics.ExtendedHammingCode;
import dev.lightwork.analysis.physics.FecChain;
import dev.lightwork.analysis.physics.ReedSolomonFec;

class ExtendedHammingCodeTest {

    /**
     * Monte-Carlo run of a real SECDED decoder of the extended Hamming (128,120) code (bit 0 overall parity,
     * bits 1..127 the Hamming code whose syndrome is the XOR of the error positions) on random errors. The
     * closed form counts a miscorrection as one extra error, so it bounds the simulation from above and is close.
     */
    @ParameterizedTest
    @ValueSource(doubles = {2e-3, 5e-3, 1e-2})
    void closedFormBoundsASimulatedDecoder(double p) {
        SplittableRandom random = new SplittableRandom(7);
        int blocks = 400_000;
        long errorsOut = 0;
        boolean[] error = new boolean[128];
        for (int b = 0; b < blocks; b++) {
            int syndrome = 0;
            int count = 0;
            for (int i = 0; i < 128; i++) {
                error[i] = random.nextDouble() < p;
                if (error[i]) {
                    count++;
                    syndrome ^= i; // position 0 does not enter the Hamming syndrome
                }
            }
            if (count % 2 == 1) { // decoder assumes one error at the syndrome's position
                error[syndrome] = !error[syndrome];
                count += error[syndrome] ? 1 : -1;
            }
            errorsOut += count;
        }
        double simulated = (double) errorsOut / (128.0 * blocks);
        double closed = ExtendedHammingCode.outputBitErrorRatio(p);
        double sigma = Math.sqrt(errorsOut) / (128.0 * blocks); // Poisson count error, order of magnitude
        assertTrue(simulated <= closed + 4 * sigma, "bound: simulated " + simulated + " closed " + closed);
        assertTrue(simulated >= closed * 0.93, "close: simulated " + simulated + " closed " + closed);
    }

    @Test
    void smallErrorRatiosFollowTheDoubleErrorTerm() {
        // two errors in 128 bits survive: C(128,2) p^2 * 2 / 128 = 127 p^2
        double p = 1e-6;
        assertEquals(127 * p * p, ExtendedHammingCode.outputBitErrorRatio(p), 127 * p * p * 1e-3);
        assertEquals(0.0, ExtendedHammingCode.outputBitErrorRatio(0.0));
        assertThrows(IllegalArgumentException.class, () -> ExtendedHammingCode.outputBitErrorRatio(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ExtendedHammingCode.outputBitErrorRatio(0.7));
    }

    @Test
    void chainsCompose() {
        double p = 1e-3;
        assertEquals(p, FecChain.NONE.postFecBitErrorRatio(p));
        assertTrue(Double.isNaN(FecChain.NONE.codewordErrorRatio(p)));
        assertEquals(ReedSolomonFec.KP4.postFecBitErrorRatio(p), FecChain.KP4.postFecBitErrorRatio(p));
        assertEquals(ReedSolomonFec.KR4.codewordErrorRatio(p), FecChain.KR4.codewordErrorRatio(p));
        double inner = ExtendedHammingCode.outputBitErrorRatio(p);
        assertEquals(ReedSolomonFec.KP4.postFecBitErrorRatio(inner), FecChain.KP4_INNER_HAMMING.postFecBitErrorRatio(p));
        // at 1e-3 the inner code leaves ~1.3e-4, under the KP4 threshold 2.4e-4 where KP4 alone fails
        assertTrue(FecChain.KP4_INNER_HAMMING.postFecBitErrorRatio(p) < 1e-13);
        assertTrue(FecChain.KP4.postFecBitErrorRatio(p) > 1e-8, "KP4 alone at 1e-3 is far from 1e-13");
    }
}
