package dev.lightwork.analysis.tests.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.link.LaneInputs;
import dev.lightwork.analysis.link.LaneInputs.Input;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/** The pure lane entry point: plain values give exactly the budget the model gives. */
class LaneInputsTest {

    private final ReferenceLibrary library = ReferenceLibrary.load();
    private final LinkBudgetCalculator calculator = new LinkBudgetCalculator(library);

    @Test
    void evaluatingExtractedInputsIsTheModelsBudget() {
        for (String id : ReferenceDesigns.templateIds()) {
            TransceiverDesign d = ReferenceDesigns.TEMPLATES.get(id).get();
            PmdSpec pmd = library.pmd(d.getOpticalPmd()).orElseThrow();
            for (Lane lane : d.getLanes()) {
                assertEquals(calculator.compute(d, lane, 61.5), LinkBudgetCalculator.evaluate(pmd, LaneInputs.of(d, lane, 61.5)), id);
                assertEquals(calculator.compute(d, lane), LinkBudgetCalculator.evaluate(pmd, LaneInputs.of(d, lane, Double.NaN)), id);
            }
        }
    }

    /** Setting a value on the inputs is the same as editing the model and recomputing (random draws, 1e-9 dB). */
    @Test
    void variedInputsEqualAnEditedModel() {
        Random random = new Random(17);
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        PmdSpec pmd = library.pmd(d.getOpticalPmd()).orElseThrow();
        Lane lane = d.getLanes().get(1);
        LaneInputs nominal = LaneInputs.of(d, lane, Double.NaN);
        for (int i = 0; i < 200; i++) {
            double power = 2.0 + random.nextGaussian() * 0.5;
            double tdecq = 2.0 + random.nextGaussian() * 0.4;
            double length = 500 * random.nextDouble();
            double connector = 0.35 + 0.1 * random.nextGaussian();
            LaneInputs in = nominal.copy();
            in.set(Input.LASER_OUTPUT_DBM, power);
            in.set(Input.TDECQ_DB, tdecq);
            in.set(Input.CHANNEL_LENGTH_M, length);
            in.setConnectorLossDb(0, connector);
            LinkBudget fast = LinkBudgetCalculator.evaluate(pmd, in);
            lane.getLaser().setOutputPowerDbm(power);
            lane.setTdecqDb(tdecq);
            lane.getChannel().setLengthM(length);
            lane.getChannel().getConnectors().get(0).setInsertionLossDb(connector);
            LinkBudget model = calculator.compute(d, lane);
            assertEquals(model.marginDb(), fast.marginDb(), 1e-9);
            assertEquals(model.problems(), fast.problems());
            assertEquals(model.pmdChecks(), fast.pmdChecks());
        }
        assertEquals(2.0 + 0.0, nominal.get(Input.LASER_OUTPUT_DBM), 1e-12, "the copy, not the nominal, was varied");
    }

    @Test
    void badSampledValuesGiveTheAnalyzersProblemTexts() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        LaneInputs in = LaneInputs.of(d, lane, Double.NaN);
        in.set(Input.CHANNEL_LENGTH_M, -3.0);
        in.set(Input.TDECQ_DB, Double.NaN);
        LinkBudget fast = LinkBudgetCalculator.evaluate(library.pmd(d.getOpticalPmd()).orElseThrow(), in);
        lane.getChannel().setLengthM(-3.0);
        lane.setTdecqDb(Double.NaN);
        assertEquals(calculator.compute(d, lane).problems(), fast.problems());
        assertEquals(List.of(lane.getId() + " › TDECQ (dB) = NaN is not a number", lane.getChannel().getId() + " › Length (m) = -3.0 is negative"),
                fast.problems());
    }

    @Test
    void aValueTheModelDoesNotGiveCannotBeVaried() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        lane.setTdecqDb(null);
        LaneInputs in = LaneInputs.of(d, lane, Double.NaN);
        assertThrows(IllegalStateException.class, () -> in.set(Input.TDECQ_DB, 1.0));
        assertEquals(lane.getLaser().getId(), in.owner(Input.LASER_OUTPUT_DBM));
        assertEquals("outputPowerDbm", in.attribute(Input.LASER_OUTPUT_DBM));
    }
}
