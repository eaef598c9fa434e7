package dev.lightwork.analysis.tests.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.link.LaneInputs;
import dev.lightwork.analysis.link.LaneInputs.Input;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.analysis.link.LinkModel;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/**
 * The lean lane check a Monte Carlo sample runs ({@link DesignRules#laneFailureBits}, no {@link LinkBudget} record) breaks
 * exactly the rules {@link DesignRules#laneFailures} finds on the full budget, and its numbers are the budget's.
 */
class LaneFailureBitsTest {

    private final ReferenceLibrary library = ReferenceLibrary.load();
    private final LinkModel model = LinkModel.of(library);

    @Test
    void leanLaneCheckBreaksTheRulesOfTheFullBudget() {
        Random random = new Random(23);
        LinkBudgetCalculator.LaneNumbers n = new LinkBudgetCalculator.LaneNumbers();
        int failing = 0;
        int checked = 0;
        for (String id : ReferenceDesigns.templateIds()) {
            TransceiverDesign d = ReferenceDesigns.TEMPLATES.get(id).get();
            PmdSpec pmd = library.pmd(d.getOpticalPmd()).orElseThrow();
            for (int l = 0; l < Math.min(8, d.getLanes().size()); l++) {
                Lane lane = d.getLanes().get(l);
                LaneInputs nominal = LaneInputs.of(d, lane, 40.0);
                for (int i = 0; i < 150; i++) {
                    LaneInputs in = nominal.copy();
                    // wide draws, so every rule of the lane both passes and fails somewhere
                    vary(in, Input.LASER_OUTPUT_DBM, 3.0, random);
                    vary(in, Input.TDECQ_DB, 1.5, random);
                    vary(in, Input.EXTINCTION_RATIO_DB, 1.5, random);
                    vary(in, Input.WAVELENGTH_NM, 8.0, random);
                    vary(in, Input.CHANNEL_LENGTH_M, 400.0, random);
                    vary(in, Input.LASER_TEMPERATURE_C, 40.0, random);
                    vary(in, Input.MODULATOR_LOSS_DB, 1.5, random);
                    if (i % 37 == 0 && in.isGiven(Input.TDECQ_DB)) {
                        in.set(Input.TDECQ_DB, Double.NaN); // an invalid input stops the lane's checks
                    }
                    Double target = l % 3 == 0 ? null : l % 3 == 1 ? 1e-13 : 1e-15; // per lane: the safe-margin cache holds one target
                    LinkBudget b = LinkBudgetCalculator.evaluate(pmd, model, in);
                    long expected = 0;
                    for (DesignRule r : DesignRules.laneFailures(b, 1.0, target)) {
                        expected |= 1L << r.ordinal();
                    }
                    long actual = DesignRules.laneFailureBits(pmd, model, in, n, 1.0, target);
                    assertEquals(expected, actual, id + " lane " + l + " draw " + i + ": " + b);
                    assertEquals(b.marginDb(), n.marginDb(), 0.0);
                    assertEquals(b.txOmaDbm(), n.txOmaDbm(), 0.0);
                    assertEquals(b.averageLaunchDbm(), n.averageLaunchDbm(), 0.0);
                    assertEquals(b.rxOmaDbm(), n.rxOmaDbm(), 0.0);
                    failing += expected != 0 ? 1 : 0;
                    checked++;
                }
            }
        }
        assertTrue(failing > checked / 10 && failing < checked, failing + " of " + checked + " lanes fail");
    }

    private static void vary(LaneInputs in, Input input, double sigma, Random random) {
        if (in.isGiven(input)) {
            in.set(input, in.get(input) + sigma * random.nextGaussian());
        }
    }
}
