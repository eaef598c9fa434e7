package dev.lightwork.yield.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Distribution;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.SamplingMethod;
import dev.lightwork.model.Tolerance;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.YieldStudy;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.yield.CompiledModule;
import dev.lightwork.yield.ToleranceDefaults;
import dev.lightwork.yield.YieldEngine;
import dev.lightwork.yield.YieldInputException;
import dev.lightwork.yield.YieldResult;

/** Trim (calibration) at test: a tolerance's drawn value adjusted toward its target within a range, in steps. */
class TrimTest {

    private static final DesignAnalyzer ANALYZER = new DesignAnalyzer(ReferenceLibrary.load());
    private static final ToleranceDefaults DEFAULTS = ToleranceDefaults.load();

    /** The DR4 with only lane 0's TDECQ varying (uniform over [lo, hi]), optionally trimmed; one corner. */
    private static TransceiverDesign uniformTdecq(double lo, double hi, Double trimRange, Double trimStep) {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getTolerances().clear();
        YieldStudy study = LightworkFactory.eINSTANCE.createYieldStudy();
        study.setCatalogueTolerances(false);
        d.setYieldStudy(study);
        Tolerance t = LightworkFactory.eINSTANCE.createTolerance();
        t.getElements().add(d.getLanes().get(0));
        t.setAttribute("tdecqDb");
        t.setDistribution(Distribution.UNIFORM);
        t.setMin(lo);
        t.setMax(hi);
        t.setMean(2.0);
        t.setTrimRange(trimRange);
        t.setTrimStep(trimStep);
        d.getTolerances().add(t);
        return d;
    }

    /** Values the engine puts into lane 0's TDECQ for draws u (the lane's budget after evaluation). */
    private static double tdecqAt(CompiledModule m, double u) {
        CompiledModule.Sample s = m.newSample();
        CompiledModule.Outcome o = m.newOutcome();
        s.apply(new double[] {u});
        s.evaluate(o, new double[0]);
        return s.laneBudget(0).tdecqDb();
    }

    @Test
    void withinReachATrimLeavesAtMostHalfAStepAndBeyondItMovesByTheRange() throws Exception {
        // drawn uniformly in [1, 3] around target 2.0; trimmed within 0.6 dB in 0.25 dB steps (reach 0.5 dB)
        CompiledModule m = CompiledModule.compile(uniformTdecq(1.0, 3.0, 0.6, 0.25), ANALYZER, DEFAULTS, null);
        for (int g = 1; g < 200; g++) {
            double u = g / 200.0;
            double drawn = 1.0 + 2.0 * u;
            double trimmed = tdecqAt(m, u);
            if (Math.abs(drawn - 2.0) <= 0.5 + 0.125 - 1e-9) {
                assertTrue(Math.abs(trimmed - 2.0) <= 0.125 + 1e-12, drawn + " -> " + trimmed);
            } else {
                assertEquals(drawn - Math.signum(drawn - 2.0) * 0.5, trimmed, 1e-12, "beyond reach: moved by the whole 0.5 dB");
            }
            double k = (drawn - trimmed) / 0.25;
            assertEquals(Math.rint(k), k, 1e-9, "a whole number of steps");
        }
        // no step: exactly the target within the range
        CompiledModule exact = CompiledModule.compile(uniformTdecq(1.0, 3.0, 0.6, null), ANALYZER, DEFAULTS, null);
        assertEquals(2.0, tdecqAt(exact, 0.6), 1e-12);
        assertEquals(2.9 - 0.6, tdecqAt(exact, 0.95), 1e-12);
    }

    /** A trimmed draw is not monotone in u, so the conditional estimator leaves it to sampling (and still agrees). */
    @Test
    void trimmedDrawIsNotConditionedOn() throws Exception {
        CompiledModule m = CompiledModule.compile(uniformTdecq(1.0, 3.0, 0.6, 0.25), ANALYZER, DEFAULTS, null);
        assertEquals(0, m.conditioningDimensions().length);
        YieldResult r = YieldEngine.run(m, new YieldEngine.Settings(500, 1, SamplingMethod.SOBOL, 2, YieldEngine.Estimator.CONDITIONAL),
                YieldEngine.Monitor.NONE);
        assertTrue(r.estimator().startsWith("indicator"), r.estimator());
    }

    @Test
    void badTrimIsRefusedNamingElementAttributeAndValue() {
        YieldInputException e = assertThrows(YieldInputException.class,
                () -> CompiledModule.compile(uniformTdecq(1.0, 3.0, -0.5, 0.1), ANALYZER, DEFAULTS, null));
        assertTrue(e.getMessage().contains("lane0") && e.getMessage().contains("trimRange = -0.5"), e.getMessage());
        e = assertThrows(YieldInputException.class, () -> CompiledModule.compile(uniformTdecq(1.0, 3.0, null, 0.1), ANALYZER, DEFAULTS, null));
        assertTrue(e.getMessage().contains("trimStep = 0.1 needs a trimRange"), e.getMessage());
    }

    /** A design file written before trims existed loads unchanged: nothing trimmed, the same draws as before. */
    @Test
    void fileWithoutTrimLoadsUnchanged() throws Exception {
        TransceiverDesign d = DesignFiles.load(Path.of("fixtures", "400g-dr4-before-trim.lightwork"));
        assertTrue(d.getTolerances().size() > 0);
        for (Tolerance t : d.getTolerances()) {
            assertNull(t.getTrimRange());
            assertNull(t.getTrimStep());
        }
        CompiledModule m = CompiledModule.compile(d, ANALYZER, DEFAULTS, Path.of("fixtures"));
        CompiledModule fromCode = CompiledModule.compile(ReferenceDesigns.dr4400G(), ANALYZER, DEFAULTS, null);
        assertEquals(fromCode.drawCount(), m.drawCount());
        YieldResult a = YieldEngine.run(m, new YieldEngine.Settings(2000, 4, SamplingMethod.MONTE_CARLO, 2), YieldEngine.Monitor.NONE);
        YieldResult b = YieldEngine.run(fromCode, new YieldEngine.Settings(2000, 4, SamplingMethod.MONTE_CARLO, 2), YieldEngine.Monitor.NONE);
        assertEquals(b.yield(), a.yield(), 0.0);
        List<Lane> lanes = d.getLanes();
        assertEquals(4, lanes.size());
    }

    /** With trims (the CPO example's catalogue rows), the compiled path still agrees with editing the model and analysing. */
    @Test
    void trimmedCpoCompiledPathAgreesWithTheAnalyzer() throws Exception {
        CompiledModule m = CompiledModule.compile(ReferenceDesigns.cpo51200G(), ANALYZER, DEFAULTS, null);
        dev.lightwork.yield.ModelSampling slow = new dev.lightwork.yield.ModelSampling(m, ANALYZER);
        CompiledModule.Sample s = m.newSample();
        CompiledModule.Outcome o = m.newOutcome();
        double[] u = new double[m.drawCount()];
        double[] noise = new double[m.tests().size()];
        for (int i = 0; i < 2; i++) {
            YieldEngine.monteCarloDraws(17, i, u);
            s.apply(u);
            s.evaluate(o, noise);
            assertEquals(slow.passes(u), o.pass, "sample " + i);
            var a = ANALYZER.analyze(slow.design());
            for (int l = 0; l < m.laneCount(); l += 7) {
                assertEquals(a.linkBudget(slow.design().getLanes().get(l)).marginDb(), s.laneBudget(l).marginDb(), 1e-9, "sample " + i + " lane " + l);
                assertEquals(a.linkBudget(slow.design().getLanes().get(l)).txOmaDbm(), s.laneBudget(l).txOmaDbm(), 1e-9);
            }
        }
    }
}
