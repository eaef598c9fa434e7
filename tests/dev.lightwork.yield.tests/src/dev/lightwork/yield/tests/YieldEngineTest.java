package dev.lightwork.yield.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Distribution;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.SamplingMethod;
import dev.lightwork.model.Tolerance;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.YieldStudy;
import dev.lightwork.yield.CompiledModule;
import dev.lightwork.yield.ModelSampling;
import dev.lightwork.yield.ToleranceDefaults;
import dev.lightwork.yield.YieldEngine;
import dev.lightwork.yield.YieldInputException;
import dev.lightwork.yield.YieldResult;

class YieldEngineTest {

    private static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
    private static final DesignAnalyzer ANALYZER = new DesignAnalyzer(LIBRARY);
    private static final ToleranceDefaults DEFAULTS = ToleranceDefaults.load();

    private static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** The 400G-DR4 with only its lanes' TDECQ varying (catalogue defaults off), one corner: the design as drawn. */
    private static TransceiverDesign dr4WithTdecq(double sigma, String group) {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getTolerances().clear();
        YieldStudy study = LightworkFactory.eINSTANCE.createYieldStudy();
        study.setCatalogueTolerances(false);
        d.setYieldStudy(study);
        Tolerance t = LightworkFactory.eINSTANCE.createTolerance();
        t.getElements().addAll(d.getLanes());
        t.setAttribute("tdecqDb");
        t.setDistribution(Distribution.NORMAL);
        t.setSigma(sigma);
        t.setCorrelationGroup(group);
        d.getTolerances().add(t);
        return d;
    }

    private static CompiledModule compile(TransceiverDesign d) throws YieldInputException {
        return CompiledModule.compile(d, ANALYZER, DEFAULTS, null);
    }

    private static YieldResult run(TransceiverDesign d, int n, long seed, SamplingMethod m, int threads) throws YieldInputException {
        return YieldEngine.run(compile(d), new YieldEngine.Settings(n, seed, m, threads), YieldEngine.Monitor.NONE);
    }

    /**
     * The TDECQ at which lane 0 of the DR4 starts to fail: the PMD's TDECQ maximum, or earlier the OMA - TDECQ minimum
     * (OMA at the laser's solved temperature, from the analyzer's nominal budget).
     */
    private static double tdecqLimit() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        LinkBudget b = ANALYZER.analyze(d).linkBudget(d.getLanes().get(0));
        var pmd = LIBRARY.pmd("400GBASE-DR4").orElseThrow();
        return Math.min(pmd.value("tdecq_max_db").getAsDouble(), b.txOmaDbm() - pmd.value("oma_minus_tdecq_min_dbm").getAsDouble());
    }

    /** One normally distributed parameter: yield = Phi((limit - mean) / sigma), inside the run's confidence interval. */
    @Test
    void oneNormalParameterGivesPhiOfDistanceOverSigma() throws Exception {
        TransceiverDesign d = dr4WithTdecq(0.8, null);
        Lane lane0 = d.getLanes().get(0);
        d.getTolerances().get(0).getElements().retainAll(List.of(lane0));
        YieldResult r = run(d, 20_000, 7, SamplingMethod.MONTE_CARLO, 2);
        double expected = phi((tdecqLimit() - lane0.getTdecqDb()) / 0.8);
        assertTrue(r.ci95()[0] <= expected && expected <= r.ci95()[1], expected + " outside " + Arrays.toString(r.ci95()) + " " + r.perRule()
                + " " + r.worstLaneMarginQuantiles() + " " + r.contributors());
        assertEquals("LW-LINK-OMA", r.perRule().get(0).rule(), "OMA - TDECQ binds before the TDECQ maximum on this design");
        assertEquals(1 - r.yield(), r.perRule().get(0).failFraction(), 1e-12);
        assertEquals("lane0", r.contributors().get(0).element());
        assertEquals(1.0, r.contributors().get(0).share(), 1e-9, "the only parameter carries every failure");
    }

    /** Independent lanes: yield = Phi(k)^4; one shared draw (correlation group): yield = Phi(k). */
    @Test
    void correlatedAndIndependentDrawsDifferAsTheorySays() throws Exception {
        double sigma = 0.8;
        double k = (tdecqLimit() - 2.0) / sigma;
        YieldResult independent = run(dr4WithTdecq(sigma, null), 20_000, 3, SamplingMethod.MONTE_CARLO, 2);
        YieldResult shared = run(dr4WithTdecq(sigma, "one-tdecq-for-all"), 20_000, 3, SamplingMethod.MONTE_CARLO, 2);
        double pi = Math.pow(phi(k), 4);
        double ps = phi(k);
        assertTrue(independent.ci95()[0] <= pi && pi <= independent.ci95()[1], pi + " outside " + Arrays.toString(independent.ci95()));
        assertTrue(shared.ci95()[0] <= ps && ps <= shared.ci95()[1], ps + " outside " + Arrays.toString(shared.ci95()));
        assertTrue(shared.ci95()[0] > independent.ci95()[1], "a shared draw fails whole modules together: higher yield");
        assertEquals(4, independent.draws());
        assertEquals(1, shared.draws());
    }

    /** On a smooth low-dimensional study, Sobol points pin the yield down more tightly than plain Monte Carlo. */
    @Test
    void quasiMonteCarloConvergesFasterThanMonteCarlo() throws Exception {
        TransceiverDesign d = dr4WithTdecq(0.8, null);
        d.getTolerances().get(0).getElements().retainAll(List.of(d.getLanes().get(0)));
        double expected = phi((tdecqLimit() - 2.0) / 0.8);
        double mcError = 0;
        double qmcError = 0;
        for (long seed = 1; seed <= 4; seed++) {
            mcError += Math.abs(run(d, 4096, seed, SamplingMethod.MONTE_CARLO, 2).yield() - expected);
            qmcError += Math.abs(run(d, 4096, seed, SamplingMethod.SOBOL, 2).yield() - expected);
        }
        assertTrue(qmcError < mcError, "QMC mean error " + qmcError / 4 + " vs MC " + mcError / 4);
        YieldResult q = run(d, 4096, 1, SamplingMethod.SOBOL, 2);
        YieldResult m = run(d, 4096, 1, SamplingMethod.MONTE_CARLO, 2);
        assertTrue(q.ci95()[1] - q.ci95()[0] < m.ci95()[1] - m.ci95()[0], "replicate interval narrower than Wilson");
        assertTrue(q.ciMethod().contains("Sobol"), q.ciMethod());
    }

    @Test
    void sameSeedSameResultOtherSeedOtherDraws() throws Exception {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        YieldResult a = run(d, 3000, 42, SamplingMethod.MONTE_CARLO, 2);
        YieldResult b = run(d, 3000, 42, SamplingMethod.MONTE_CARLO, 2);
        YieldResult c = run(d, 3000, 43, SamplingMethod.MONTE_CARLO, 2);
        assertSame(a, b);
        assertNotEquals(a.worstLaneMarginQuantiles(), c.worstLaneMarginQuantiles());
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() throws Exception {
        for (SamplingMethod m : SamplingMethod.values()) {
            TransceiverDesign d = ReferenceDesigns.dr8800G();
            YieldResult one = run(d, 2000, 5, m, 1);
            YieldResult three = run(d, 2000, 5, m, 3);
            assertSame(one, three);
        }
    }

    private static void assertSame(YieldResult a, YieldResult b) {
        assertEquals(a.yield(), b.yield());
        assertArrayEquals(a.ci95(), b.ci95());
        assertEquals(a.perRule(), b.perRule());
        assertEquals(a.perLane(), b.perLane());
        assertEquals(a.contributors(), b.contributors());
        assertEquals(a.worstLaneMarginQuantiles(), b.worstLaneMarginQuantiles());
        assertEquals(a.modulePowerQuantiles(), b.modulePowerQuantiles());
        assertArrayEquals(a.worstLaneMargin().counts(), b.worstLaneMargin().counts());
        assertEquals(a.tests().size(), b.tests().size());
        for (int i = 0; i < a.tests().size(); i++) {
            assertEquals(a.tests().get(i).sweep(), b.tests().get(i).sweep());
            assertEquals(a.tests().get(i).escapeRate(), b.tests().get(i).escapeRate());
        }
    }

    /** The compiled path at nominal values gives the analyzer's verdict and failing rules, on passing and failing designs. */
    @Test
    void nominalVerdictEqualsTheAnalyzers() throws Exception {
        List<TransceiverDesign> designs = new ArrayList<>();
        for (String id : ReferenceDesigns.templateIds()) {
            designs.add(ReferenceDesigns.TEMPLATES.get(id).get());
        }
        TransceiverDesign weak = ReferenceDesigns.dr4400G();
        weak.getLanes().get(2).getLaser().setOutputPowerDbm(-3.5);
        weak.getLanes().get(1).setTdecqDb(3.6);
        designs.add(weak);
        TransceiverDesign hot = ReferenceDesigns.dr4400G();
        hot.getComponents().get(0).setPowerMw(30000.0);
        designs.add(hot);
        for (TransceiverDesign d : designs) {
            d.setYieldStudy(null); // the design as drawn: one corner
            DesignAnalysis analysis = ANALYZER.analyze(d);
            CompiledModule m = compile(d);
            CompiledModule.Sample s = m.newSample();
            CompiledModule.Outcome o = m.newOutcome();
            s.evaluate(o, new double[m.tests().size()]);
            // a module passes unless a rule fails: an indicative verdict (unsourced PMD limits) is not a failure
            assertEquals(analysis.verdict() != DesignAnalysis.Verdict.FAIL, o.pass, d.getId());
            Set<String> expected = new TreeSet<>();
            for (Diagnostic diag : analysis.errors()) {
                expected.add(DesignDiagnostic.of(diag).rule().id());
            }
            Set<String> actual = new TreeSet<>();
            for (DesignRule r : DesignRule.values()) {
                if ((o.failedRules >>> r.ordinal() & 1) != 0) {
                    actual.add(r.id());
                }
            }
            assertEquals(expected, actual, d.getId());
        }
        assertFalse(designs.get(designs.size() - 1).getLanes().isEmpty());
    }

    /** The compiled per-lane path agrees with editing the model and running the analyzer, to 1e-9 dB, on random samples. */
    @Test
    void compiledPathAgreesWithTheAnalyzerOnRandomSamples() throws Exception {
        for (TransceiverDesign d : List.of(ReferenceDesigns.dr4400G(), ReferenceDesigns.lpo800G())) {
            CompiledModule m = compile(d);
            ModelSampling slow = new ModelSampling(m, ANALYZER);
            CompiledModule.Sample s = m.newSample();
            CompiledModule.Outcome o = m.newOutcome();
            double[] u = new double[m.drawCount()];
            double[] noise = new double[m.tests().size()];
            for (int i = 0; i < 60; i++) {
                YieldEngine.monteCarloDraws(11, i, u);
                s.apply(u);
                s.evaluate(o, noise);
                assertEquals(slow.passes(u), o.pass, d.getId() + " sample " + i);
                // after both: the model copy holds the last corner's values, as the compiled sample does
                DesignAnalysis a = ANALYZER.analyze(slow.design());
                for (int l = 0; l < m.laneCount(); l++) {
                    LinkBudget fast = s.laneBudget(l);
                    LinkBudget model = a.linkBudget(slow.design().getLanes().get(l));
                    assertEquals(model.marginDb(), fast.marginDb(), 1e-9, d.getId() + " sample " + i + " lane " + l);
                    assertEquals(model.averageLaunchDbm(), fast.averageLaunchDbm(), 1e-9);
                    assertEquals(model.laserTemperatureC(), fast.laserTemperatureC(), 1e-9);
                }
                assertEquals(a.power().totalW(), o.modulePowerW, 1e-9);
            }
        }
    }

    /** Same draws, same verdict per module: the slow path's yield equals the engine's exactly. */
    @Test
    void engineYieldEqualsTheModelEditingYield() throws Exception {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        CompiledModule m = compile(d);
        YieldResult r = YieldEngine.run(m, new YieldEngine.Settings(200, 9, SamplingMethod.MONTE_CARLO, 2), YieldEngine.Monitor.NONE);
        assertEquals(r.yield(), new ModelSampling(m, ANALYZER).yield(200, 9), 0.0);
    }

    @Test
    void examplesShipWithTolerancesAndAStudy() throws Exception {
        for (String id : ReferenceDesigns.templateIds()) {
            TransceiverDesign d = ReferenceDesigns.TEMPLATES.get(id).get();
            CompiledModule m = compile(d);
            assertTrue(m.dimensions().size() > d.getLanes().size(), id + ": lanes' TDECQ and catalogue part tolerances");
            assertEquals(2, m.corners().size(), id);
            assertTrue(m.bomUsd() > 0, id);
        }
    }

    @Test
    void badToleranceIsRefusedNamingElementAttributeAndValue() {
        TransceiverDesign d = dr4WithTdecq(-0.5, null);
        YieldInputException e = assertThrows(YieldInputException.class, () -> compile(d));
        assertTrue(e.getMessage().contains("lane0") && e.getMessage().contains("sigma = -0.5"), e.getMessage());
        Tolerance t = d.getTolerances().get(0);
        t.setSigma(0.5);
        t.setAttribute("colour");
        e = assertThrows(YieldInputException.class, () -> compile(d));
        assertTrue(e.getMessage().contains("no numeric attribute 'colour'"), e.getMessage());
    }

    @Test
    void incompleteDesignIsNotAYieldQuestion() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getLanes().get(0).setTdecqDb(null);
        d.getTolerances().clear();
        YieldInputException e = assertThrows(YieldInputException.class, () -> compile(d));
        assertTrue(e.getMessage().contains("lane0 › TDECQ (dB) is not given"), e.getMessage());
    }

    @Test
    void costPerGoodModuleIsBomPlusAssemblyOverYield() throws Exception {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        YieldResult r = run(d, 2000, 1, SamplingMethod.MONTE_CARLO, 2);
        double bom = d.getComponents().stream().mapToDouble(c -> c.getCostUsd()).sum();
        assertEquals(bom, r.cost().bomUsd(), 1e-9);
        assertEquals((bom + 45.0) / r.yield(), r.cost().costPerGoodModuleUsd(), 1e-9);
        assertEquals((long) Math.ceil(100_000 / r.yield() - 1e-9), r.cost().modulesToStart());
    }

    /** A tighter (lower) TDECQ test limit passes fewer modules and lets fewer bad ones escape. */
    @Test
    void guardBandTradesTestYieldForEscapes() throws Exception {
        TransceiverDesign d = dr4WithTdecq(0.8, null);
        dev.lightwork.model.TestLimit t = LightworkFactory.eINSTANCE.createTestLimit();
        t.setTerm("TDECQ");
        t.setLimit(3.0);
        t.setUpperLimit(true);
        t.setMeasurementSigma(0.1);
        d.getYieldStudy().getTestLimits().add(t);
        YieldResult r = run(d, 20_000, 2, SamplingMethod.MONTE_CARLO, 2);
        YieldResult.TestResult test = r.tests().get(0);
        List<YieldResult.TestPoint> sweep = test.sweep();
        for (int i = 1; i < sweep.size(); i++) {
            assertTrue(sweep.get(i).testYield() >= sweep.get(i - 1).testYield());
            assertTrue(sweep.get(i).escapeRate() >= sweep.get(i - 1).escapeRate() - 1e-12);
        }
        assertTrue(test.escapeRate() < 1 - r.yield(), "screening at 3.0 dB keeps most spec failures out");
        assertTrue(test.testYield() < r.yield(), "a 0.4 dB guard band rejects some good modules");
    }
}
