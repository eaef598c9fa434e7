package dev.lightwork.analysis.tests.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.BerCurve;
import dev.lightwork.analysis.link.BudgetTerm;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudget.Plane;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.analysis.link.LinkWaterfall;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;

/**
 * Issue 13 items 1, 2, 6 and 7: the split of a shared laser from the wiring, IEEE reference planes (Tx limits at TP2,
 * Rx limits at TP3, module-internal losses on their side), unknown laser temperature, BER bounds and the BER curve.
 * Each test is named after the defect it guards against; its failing input is built here as the fixture.
 */
class LinkBudgetPlanesTest {

    private static final ReferenceLibrary LIB = ReferenceLibrary.load();
    private final LinkBudgetCalculator calculator = new LinkBudgetCalculator(LIB);
    private final DesignAnalyzer analyzer = new DesignAnalyzer(LIB);

    private static double stageExcessDb() {
        return LIB.modelParameter("splitter_stage_excess_loss_db").value();
    }

    /** Was: the 4-way split of the LPO's CW lasers was baked into the modulator's 11 dB insertion loss. */
    @Test
    void sharedLaserSplitIsDerivedFromTheWiringNotTheModulator() {
        TransceiverDesign d = ReferenceDesigns.lpo800G();
        Lane lane = d.getLanes().get(0);
        LinkBudget b = calculator.compute(d, lane);
        assertEquals(4, b.laserLaneCount());
        assertEquals(10 * Math.log10(4) + 2 * stageExcessDb(), b.splitLossDb(), 1e-12);
        assertEquals(lane.getModulator().getInsertionLossDb(), b.modulatorLossDb(), 0.0);
        assertTrue(b.modulatorLossDb() < 6.0, "modulator IL without the split: " + b.modulatorLossDb());
        assertEquals(b.laserOutputDbm() + b.temperatureDeratingDb() - b.splitLossDb() - b.modulatorLossDb(), b.averageLaunchDbm(), 1e-12);
        // an EML of its own: no split
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        LinkBudget eml = calculator.compute(dr4, dr4.getLanes().get(0));
        assertEquals(1, eml.laserLaneCount());
        assertEquals(0.0, eml.splitLossDb(), 0.0);
        // the CPO engine: 16 lanes per external laser source
        TransceiverDesign cpo = ReferenceDesigns.cpo51200G();
        LinkBudget els = calculator.compute(cpo, cpo.getLanes().get(0));
        assertEquals(16, els.laserLaneCount());
        assertEquals(10 * Math.log10(16) + 4 * stageExcessDb(), els.splitLossDb(), 1e-12);
    }

    /** Issue 13: feeding 8 lanes from a source sized for 4 must cost about 3 dB of margin; power counts each source once. */
    @Test
    void eightLanesOnASourceSizedForFourCostThreeDb() {
        TransceiverDesign d = ReferenceDesigns.lpo800G();
        DesignAnalysis before = analyzer.analyze(d);
        Laser cw0 = d.getLanes().get(0).getLaser();
        Laser cw1 = d.getLanes().get(4).getLaser();
        double cw1PowerW = cw1.getPowerMw() / 1000;
        for (Lane lane : d.getLanes()) {
            lane.setLaser(cw0);
        }
        d.getComponents().remove(cw1);
        DesignAnalysis after = analyzer.analyze(d);
        for (Lane lane : d.getLanes()) {
            double lost = before.linkBudget(lane).marginDb() - after.linkBudget(lane).marginDb();
            // 10 log10(8/4) plus one more splitter stage; the thermal change of one laser less moves a little
            assertEquals(10 * Math.log10(2) + stageExcessDb(), lost, 0.05, lane.getId());
            assertEquals(8, after.linkBudget(lane).laserLaneCount());
        }
        assertTrue(before.power().totalW() - after.power().totalW() >= cw1PowerW, "the removed source's power is gone, counted once");
    }

    /** Was: a WDM receiver's demux loss was subtracted from Rx OMA and then compared with a TP3 sensitivity that includes it. */
    @Test
    void wdmDemuxLossIsNotCountedTwice() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        LinkBudget without = calculator.compute(d, lane);
        Multiplexer demux = (Multiplexer) PartFactory.create(LIB.requirePart("DEMUX-CWDM4"), "demux");
        d.getComponents().add(demux);
        lane.setDemux(demux);
        LinkBudget with = calculator.compute(d, lane);
        assertEquals(without.rxOmaDbm(), with.rxOmaDbm(), 0.0, "Rx OMA at TP3 is before the receiver's demux");
        assertEquals(without.marginDb(), with.marginDb(), 0.0);
        assertEquals(without.rxAverageDbm(), with.rxAverageDbm(), 0.0, "receive power limits apply at TP3");
        assertEquals(1.5, with.demuxLossDb(), 0.0);
        assertEquals(with.rxOmaDbm() - 1.5, with.detectorOmaDbm(), 1e-12, "the demux is in the module-internal check");
        assertEquals(without.internalMarginDb() - 1.5, with.internalMarginDb(), 1e-12);
    }

    /** Was: the CPO fibre attach unit was a channel connector, so the channel budget against TP3 carried a module loss. */
    @Test
    void cpoFibreAttachBelongsToTransmitterAndReceiverNotTheChannel() {
        TransceiverDesign d = ReferenceDesigns.cpo51200G();
        LinkBudget b = calculator.compute(d, d.getLanes().get(0));
        double fau = d.getLanes().get(0).getChannel().getConnectors().get(0).getInsertionLossDb();
        assertEquals(fau, b.txAttachLossDb(), 0.0);
        assertEquals(fau, b.rxAttachLossDb(), 0.0);
        assertEquals(0.0, b.connectorLossDb(), 0.0);
        assertEquals(b.fibreLossDb(), b.channelInsertionLossDb(), 1e-12);
        assertEquals(b.rxOmaDbm() - fau, b.detectorOmaDbm(), 1e-12);
        for (BudgetTerm t : b.terms()) {
            if (t.key().equals("txAttachLossDb")) {
                assertEquals(Plane.TX_MODULE, t.plane());
            } else if (t.key().equals("rxAttachLossDb") || t.key().equals("demuxLossDb")) {
                assertEquals(Plane.RX_MODULE, t.plane());
            } else if (t.key().equals("txOmaDbm")) {
                assertEquals(Plane.TP2, t.plane());
            } else if (t.key().equals("rxOmaDbm") || t.key().equals("marginDb")) {
                assertEquals(Plane.TP3, t.plane());
            }
        }
    }

    /**
     * The IEEE worst-case transmitter of each PMD whose tables are complete ((OMA - TDECQ)min at TDECQmax) through the
     * maximum channel insertion loss closes its budget: margin = power budget - TDECQmax - channel IL, about 0 dB (the
     * rest is the PMD's allocation for MPI/DGD, 0.1 dB for DR4, 0.3 dB for FR4).
     */
    @Test
    void ieeeWorstCaseTransmitterOfEachPmdClosesAtAboutZero() {
        int checked = 0;
        for (PmdSpec pmd : LIB.pmds()) {
            OptionalDouble budget = pmd.powerBudgetDb();
            OptionalDouble il = pmd.value("channel_il_max_db");
            if (budget.isEmpty() || il.isEmpty()) {
                continue; // incomplete tables (802.3dj drafts, SR8 without SECQ): the tables helper marks them indicative
            }
            double tdecq = pmd.value("tdecq_max_db").getAsDouble();
            double omaTarget = pmd.value("oma_minus_tdecq_min_dbm").getAsDouble() + tdecq;
            TransceiverDesign d = ReferenceDesigns.dr4400G();
            d.setOpticalPmd(pmd.id());
            Lane lane = d.getLanes().get(0);
            lane.getLaser().setPowerTemperatureCoefficientDbPerK(null);
            lane.getLaser().setOutputPowerDbm(omaTarget - omaOf0DbmAt(lane.getLaser().getExtinctionRatioDb()));
            lane.setTdecqDb(tdecq);
            lane.getChannel().setLengthM(0.0);
            lane.getChannel().setMpiPenaltyDb(0.0);
            lane.getChannel().getConnectors().get(0).setInsertionLossDb(il.getAsDouble());
            LinkBudget b = calculator.compute(d, lane);
            assertEquals(omaTarget, b.txOmaDbm(), 1e-9, pmd.id());
            assertEquals(budget.getAsDouble() - tdecq - il.getAsDouble(), b.marginDb(), 1e-9, pmd.id());
            assertTrue(b.marginDb() >= -0.05 && b.marginDb() <= 0.35, pmd.id() + " worst case margin " + b.marginDb());
            checked++;
        }
        assertTrue(checked >= 4, "PMDs with complete tables: " + checked);
    }

    private static double omaOf0DbmAt(double erDb) {
        double er = Math.pow(10, erDb / 10);
        return 10 * Math.log10(2 * er / (er + 1) - 2 / (er + 1));
    }

    /** Was: a laser on a thermal node without a solved temperature got its derating at the case temperature (optimistic). */
    @Test
    void laserWithUnknownTemperatureShowsNoMargin() {
        TransceiverDesign d = isolatedLaserNode();
        DesignAnalysis a = analyzer.analyze(d);
        LinkBudget b = a.linkBudget(d.getLanes().get(0));
        assertFalse(b.laserTemperatureKnown());
        assertTrue(Double.isNaN(b.marginDb()) && Double.isNaN(b.averageLaunchDbm()) && Double.isNaN(b.preFecBer()), b.toString());
        assertFalse(b.passes(0.0));
        assertTrue(rules(a).contains(DesignRule.LINK_LASER_TEMPERATURE), rules(a).toString());
        // its neighbour, the unchanged example: every laser temperature is known, no such diagnostic
        DesignAnalysis ok = analyzer.analyze(ReferenceDesigns.dr4400G());
        assertTrue(ok.linkBudgets().values().stream().allMatch(LinkBudget::laserTemperatureKnown));
        assertFalse(rules(ok).contains(DesignRule.LINK_LASER_TEMPERATURE));
    }

    /** Fixture of LW-LINK-LASER-TEMP: lane 0's laser moved to a thermal node with no path to any boundary. */
    static TransceiverDesign isolatedLaserNode() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        ThermalNode island = LightworkFactory.eINSTANCE.createThermalNode();
        island.setId("tj-island");
        island.setName("Laser submount without a modelled path");
        d.getThermalNetwork().getNodes().add(island);
        d.getLanes().get(0).getLaser().setThermalNode(island);
        return d;
    }

    /** LW-LINK-RX-INTERNAL fires when the detector and TIA cannot reach the BER target behind the demux, not on the example. */
    @Test
    void receiverInternalRuleFiresOnANoisyTiaBehindADemux() {
        TransceiverDesign d = noisyReceiver();
        DesignAnalysis a = analyzer.analyze(d);
        LinkBudget b = a.linkBudget(d.getLanes().get(0));
        assertTrue(b.internalMarginDb() < 0 && b.marginDb() > 0, "TP3 passes, the module inside does not: " + b.internalMarginDb());
        assertTrue(rules(a).contains(DesignRule.LINK_RX_INTERNAL), rules(a).toString());
        assertFalse(rules(analyzer.analyze(ReferenceDesigns.dr4400G())).contains(DesignRule.LINK_RX_INTERNAL));
    }

    /** Fixture of LW-LINK-RX-INTERNAL: lane 0 with a CWDM4 demux and a TIA of 400 pA/sqrt(Hz) input noise. */
    static TransceiverDesign noisyReceiver() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        Multiplexer demux = (Multiplexer) PartFactory.create(LIB.requirePart("DEMUX-CWDM4"), "demux");
        d.getComponents().add(demux);
        lane.setDemux(demux);
        lane.getTia().setInputNoisePaPerRtHz(400.0);
        return d;
    }

    /** Was: BER printed as 0 or 7.8e-195; below the model's floor it is the floor, flagged as a bound. */
    @Test
    void berBelowTheModelFloorIsABound() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        lane.getLaser().setOutputPowerDbm(4.0);
        lane.getChannel().setLengthM(2.0);
        LinkBudget b = calculator.compute(d, lane);
        double floor = calculator.berFloor();
        assertEquals(1e-30, floor, 0.0);
        assertTrue(b.postFecBerIsBound());
        assertEquals(floor, b.postFecBer(), 0.0);
        assertTrue(b.preFecBer() >= floor);
        assertEquals(b.preFecBer() == floor, b.preFecBerIsBound());
    }

    /** The BER curve: the PMD target at the reference, the lane's BER at its operating point, decreasing with OMA. */
    @Test
    void berCurveHasTheTargetAtTheReferenceAndTheLaneAtItsOperatingPoint() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        LinkBudget b = calculator.compute(d, d.getLanes().get(0));
        BerCurve c = calculator.berCurve(d, b);
        assertFalse(c.isEmpty());
        assertEquals(b.rxOmaDbm() - b.marginDb(), c.referenceDbm(), 1e-9);
        assertEquals(b.marginDb(), c.operatingRxOmaDbm() - c.referenceDbm(), 1e-9);
        assertTrue(c.points().get(0).rxOmaDbm() < c.referenceDbm() && c.points().get(c.points().size() - 1).rxOmaDbm() > c.operatingRxOmaDbm());
        List<Double> pre = new ArrayList<>();
        for (BerCurve.Point p : c.points()) {
            pre.add(p.preFecBer());
            if (p.preFecBer() <= 1e-3) { // a failing decoder passes about the input BER through; below, FEC only helps
                assertTrue(p.postFecBer() <= p.preFecBer() || p.postFecBer() == c.berFloor(), p.toString());
            }
            if (Math.abs(p.rxOmaDbm() - c.referenceDbm()) < 1e-9) {
                assertEquals(2.4e-4, p.preFecBer(), 2.4e-4 * 1e-6);
            }
        }
        for (int i = 1; i < pre.size(); i++) {
            assertTrue(pre.get(i) <= pre.get(i - 1), "BER falls as OMA rises");
        }
        // no BER target (802.3dj draft row): an empty curve rather than an invented one
        TransceiverDesign dj = ReferenceDesigns.dr81600G();
        assertTrue(calculator.berCurve(dj, calculator.compute(dj, dj.getLanes().get(0))).isEmpty());
    }

    /** The waterfall is derived once, in the analysis: its steps chain from the laser to Rx OMA - TDECQ, planes labelled. */
    @Test
    void waterfallStepsChainToTheReceiverRequirement() {
        TransceiverDesign d = ReferenceDesigns.lpo800G();
        LinkBudget b = calculator.compute(d, d.getLanes().get(0));
        LinkWaterfall w = b.waterfall();
        double level = Double.NaN;
        for (LinkWaterfall.Step s : w.steps()) {
            if (s.level()) {
                if (!Double.isNaN(level)) {
                    assertEquals(s.value(), level, 1e-9, s.label());
                }
                level = s.value();
            } else {
                level += s.value();
            }
        }
        assertEquals(b.rxOmaDbm() - b.tdecqDb(), level, 1e-9);
        assertEquals(b.marginDb(), level - w.requirementDbm(), 1e-9);
        assertTrue(w.steps().stream().anyMatch(s -> s.label().equals("Split 1:4") && s.plane() == Plane.TX_MODULE));
        assertTrue(w.steps().stream().anyMatch(s -> s.label().equals("Tx OMA @TP2") && s.plane() == Plane.TP2));
        assertTrue(w.steps().stream().anyMatch(s -> s.label().equals("Rx OMA @TP3") && s.plane() == Plane.TP3));
    }

    private static List<DesignRule> rules(DesignAnalysis a) {
        List<DesignRule> rules = new ArrayList<>();
        for (Diagnostic diagnostic : a.diagnostics()) {
            DesignRule r = DesignDiagnostic.of(diagnostic).rule();
            if (r != null) {
                rules.add(r);
            }
        }
        return rules;
    }
}
