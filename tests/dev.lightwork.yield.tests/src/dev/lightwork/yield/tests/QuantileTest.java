package dev.lightwork.yield.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

import dev.lightwork.yield.Quantile;

class QuantileTest {

    /**
     * AS 241 inverts Hipparchus' erfc-based Phi to 1e-12 relative over the body and both tails, and agrees with
     * Hipparchus' erfcInv to 1e-8 (erfcInv is the less precise of the two in the far tail: 7e-10 relative at 1e-9).
     */
    @Test
    void normalQuantileMatchesHipparchus() {
        double[] us = {1e-300, 1e-20, 1e-9, 1e-4, 0.01, 0.07, 0.075, 0.2, 0.5, 0.6, 0.925, 0.99, 1 - 1e-9};
        for (double u : us) {
            double expected = u < 0.5 ? -Math.sqrt(2) * Erf.erfcInv(2 * u) : Math.sqrt(2) * Erf.erfcInv(2 * (1 - u));
            assertEquals(expected, Quantile.normal(u), 1e-8 * Math.max(1, Math.abs(expected)), "u = " + u);
            if (u > 1e-290 && u < 0.9) {
                assertEquals(u, Quantile.phi(Quantile.normal(u)), 1e-12 * u, "round trip at u = " + u);
            }
        }
        assertEquals(0.0, Quantile.normal(0.5), 0.0);
        assertEquals(1.959963984540054, Quantile.normal(0.975), 1e-14);
    }

    @Test
    void distributionsInvertTheirCdf() {
        Quantile.TruncatedNormal t = Quantile.TruncatedNormal.of(1.0, 0.5, 0.8, 3.0);
        assertEquals(0.8, t.at(1e-15), 1e-6);
        assertTrue(t.at(0.999999) <= 3.0);
        assertEquals(1.0 + 0.5 * Quantile.normal(Quantile.phi(-0.4) + 0.5 * (Quantile.phi(4) - Quantile.phi(-0.4))), t.at(0.5), 1e-12);
        Quantile.Triangular tri = new Quantile.Triangular(0, 1, 4);
        assertEquals(1.0, tri.at(0.25), 1e-12); // F(mode) = (mode - min) / (max - min)
        assertEquals(2.0, new Quantile.Uniform(1, 3).at(0.5), 1e-12);
        Quantile.Empirical e = Quantile.Empirical.of(new double[] {3, 1, 2, 4});
        assertEquals(1.0, e.at(0), 1e-12);
        assertEquals(2.5, e.at(0.5), 1e-12);
        assertEquals(4.0, e.at(1), 1e-12);
    }
}
