package dev.lightwork.analysis.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.PmdCheck;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/**
 * One fixture per PMD-table rule (issue 13 items 3-5): each design makes its rule fire, its neighbour (the same design
 * one step inside the limit) does not. Fixtures are built from the reference designs so they track the catalogue.
 */
class PmdRuleFixturesTest {

    private static final DesignAnalyzer ANALYZER = new DesignAnalyzer(ReferenceLibrary.load());

    private static Set<String> rules(TransceiverDesign d) {
        return ANALYZER.analyze(d).diagnostics().stream().map(DesignDiagnostic::of).filter(x -> x.rule() != null).map(x -> x.rule().id())
                .collect(Collectors.toSet());
    }

    /**
     * The fixture files in fixtures/rules (a failing design named after its rule and its passing neighbour), as a
     * reviewer or the CLI would load them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"LW-LINK-REACH", "LW-LINK-DISPERSION", "LW-LINK-INDICATIVE", "LW-LINK-WAVELENGTH"})
    void fixtureFileFiresItsRuleAndItsNeighbourDoesNot(String rule) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("fixtures", "rules");
        TransceiverDesign fires = dev.lightwork.model.io.DesignFiles.load(dir.resolve(rule + ".lightwork"));
        TransceiverDesign neighbour = dev.lightwork.model.io.DesignFiles.load(dir.resolve(rule + ".neighbour.lightwork"));
        assertTrue(rules(fires).contains(rule), rule + " fires on " + fires.getDescription());
        assertFalse(rules(neighbour).contains(rule), rule + " stays quiet on " + neighbour.getDescription());
    }

    private static TransceiverDesign dr4AtLength(double metres) {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getChannels().get(0).setLengthM(metres);
        return d;
    }

    /** LW-LINK-REACH: a DR4 lane at 2 km is outside the 2-500 m operating range; at 500 m it is not. */
    @Test
    void lwLinkReach() {
        assertTrue(rules(dr4AtLength(2000)).contains(DesignRule.LINK_REACH.id()));
        assertFalse(rules(dr4AtLength(500)).contains(DesignRule.LINK_REACH.id()));
        assertTrue(rules(dr4AtLength(1)).contains(DesignRule.LINK_REACH.id()), "below the 2 m minimum");
        DesignAnalysis a = ANALYZER.analyze(dr4AtLength(2000));
        assertEquals(DesignAnalysis.Verdict.FAIL, a.verdict(), "a DR4 lane at 2 km does not pass, whatever its margin");
        // 2 km of fibre still leaves margin (1 dB of fibre): the rule, not the budget, catches it
        assertTrue(a.worstLane().orElseThrow().marginDb() > 0);
    }

    /**
     * LW-LINK-DISPERSION: a channel that gives its own fibre data (dispersion-shifted fibre, lambda0 1550 nm) has far more
     * dispersion at 1311 nm over 500 m than the IEEE model allows; the same length of G.652 fibre (lambda0 1312 nm) does not.
     */
    @Test
    void lwLinkDispersion() {
        TransceiverDesign shifted = dr4AtLength(500);
        shifted.getChannels().get(0).setZeroDispersionWavelengthNm(1550.0);
        shifted.getChannels().get(0).setDispersionSlopePsPerNm2Km(0.07);
        Set<String> fired = rules(shifted);
        assertTrue(fired.contains(DesignRule.LINK_DISPERSION.id()), fired.toString());
        assertFalse(fired.contains(DesignRule.LINK_REACH.id()));
        TransceiverDesign g652 = dr4AtLength(500);
        g652.getChannels().get(0).setZeroDispersionWavelengthNm(1312.0);
        g652.getChannels().get(0).setDispersionSlopePsPerNm2Km(0.092);
        assertFalse(rules(g652).contains(DesignRule.LINK_DISPERSION.id()));
        // a channel without its own fibre data is held to the model's worst case: at 2 km that exceeds the 500 m bound
        TransceiverDesign unknownFibre = dr4AtLength(2000);
        unknownFibre.getChannels().get(0).setZeroDispersionWavelengthNm(null);
        unknownFibre.getChannels().get(0).setDispersionSlopePsPerNm2Km(null);
        assertTrue(rules(unknownFibre).contains(DesignRule.LINK_DISPERSION.id()));
        assertFalse(rules(dr4AtLength(2000)).contains(DesignRule.LINK_DISPERSION.id()), "G.652 data near 1311 nm: reach, not dispersion, fails");
    }

    /** LW-LINK-INDICATIVE: the 1.6T example's 802.3dj PMD has no sourced Tx/Rx tables; the 800G DR8 is fully sourced. */
    @Test
    void lwLinkIndicative() {
        TransceiverDesign d = ReferenceDesigns.dr81600G();
        DesignAnalysis a = ANALYZER.analyze(d);
        assertTrue(rules(d).contains(DesignRule.LINK_INDICATIVE.id()));
        assertEquals(DesignAnalysis.Verdict.INDICATIVE, a.verdict(), a.errors().toString());
        for (Lane lane : d.getLanes()) {
            LinkBudget b = a.linkBudget(lane);
            assertEquals(LinkBudget.Verdict.INDICATIVE, b.verdict(0.0));
            // a real BER estimate and a margin whose reference is named
            assertTrue(Double.isFinite(b.marginDb()) && b.preFecBer() > 0 && b.preFecBer() < 3.2e-4, b.marginDb() + " / " + b.preFecBer());
            assertTrue(b.marginReference().contains("photodetector and TIA"), b.marginReference());
            assertEquals(b.rxOmaDbm() - b.marginReferenceDbm(), b.marginDb(), 1e-12);
            assertTrue(b.indicativeReasons().stream().anyMatch(r -> r.contains("1.6TBASE-DR8")), b.indicativeReasons().toString());
        }
        TransceiverDesign dr8 = ReferenceDesigns.dr8800G();
        assertFalse(rules(dr8).contains(DesignRule.LINK_INDICATIVE.id()));
        assertEquals(DesignAnalysis.Verdict.PASS, ANALYZER.analyze(dr8).verdict());
    }

    /** LW-LINK-WAVELENGTH with lane windows: a CWDM4 lane at 1300 nm is off-grid; at 1291 nm it is on lane 2's window. */
    @Test
    void lwLinkWavelengthUsesTheLaneWindow() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.setOpticalPmd("400GBASE-FR4");
        double[] grid = {1271, 1291, 1311, 1331};
        for (int i = 0; i < 4; i++) {
            d.getLanes().get(i).getLaser().setWavelengthNm(grid[i]);
        }
        assertFalse(rules(d).contains(DesignRule.LINK_WAVELENGTH.id()), "on grid");
        d.getLanes().get(1).getLaser().setWavelengthNm(1300.0);
        assertTrue(rules(d).contains(DesignRule.LINK_WAVELENGTH.id()), "1300 nm is inside 1264.5-1337.5 nm but off the CWDM4 grid");
        PmdCheck upper = ANALYZER.analyze(d).linkBudget(d.getLanes().get(1)).pmdChecks().stream()
                .filter(c -> c.parameter().equals("wavelength_max_nm")).findFirst().orElseThrow();
        assertEquals(1297.5, upper.limit(), 1e-12);
        assertTrue(upper.basis().contains("lane window 2 of 4"), upper.basis());
    }

    /** LW-LINK-OMA by ER: 800GBASE-DR8 needs OMA - TDECQ >= -1.9 dBm below ER 5 dB, -2.2 dBm at or above it. */
    @Test
    void lwLinkOmaDependsOnExtinctionRatio() {
        TransceiverDesign d = ReferenceDesigns.dr8800G();
        Lane lane = d.getLanes().get(0);
        LinkBudget b = ANALYZER.analyze(d).linkBudget(lane);
        // move the lane to OMA - TDECQ = -2.05 dBm: passes at ER 5 dB, fails at ER 4.9 dB (same OMA kept by power)
        lane.getLaser().setOutputPowerDbm(lane.getLaser().getOutputPowerDbm() - (b.txOmaDbm() - b.tdecqDb() + 2.05));
        PmdCheck atFive = ANALYZER.analyze(d).linkBudget(lane).pmdChecks().stream().filter(c -> c.term() == PmdCheck.Term.OMA_MINUS_TDECQ)
                .findFirst().orElseThrow();
        assertEquals(-2.2, atFive.limit(), 1e-12);
        assertTrue(atFive.passes());
        lane.getLaser().setExtinctionRatioDb(4.9);
        PmdCheck below = ANALYZER.analyze(d).linkBudget(lane).pmdChecks().stream().filter(c -> c.term() == PmdCheck.Term.OMA_MINUS_TDECQ)
                .findFirst().orElseThrow();
        assertEquals(-1.9, below.limit(), 1e-12);
        assertTrue(below.basis().contains("below"), below.basis());
        assertTrue(rules(d).contains(DesignRule.LINK_OMA.id()));
    }

    /** The SRS line's floor: below TDECQ 1.4 dB a DR4 lane gains no more margin (the unstressed sensitivity binds). */
    @Test
    void marginStopsGrowingBelowTheKnee() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        lane.setTdecqDb(1.4);
        double atKnee = ANALYZER.analyze(d).linkBudget(lane).marginDb();
        lane.setTdecqDb(0.5);
        assertEquals(atKnee, ANALYZER.analyze(d).linkBudget(lane).marginDb(), 1e-12);
        lane.setTdecqDb(2.4);
        assertEquals(atKnee - 1.0, ANALYZER.analyze(d).linkBudget(lane).marginDb(), 1e-12);
    }

    /**
     * The IEEE worst-case transmitter of each fully sourced PMD (OMA - TDECQ at its minimum, TDECQ at its maximum,
     * maximum channel insertion loss, 0.1 dB MPI allocation) closes its budget at about 0 dB: DR4/DR8 0.0 dB, FR4 0.2 dB
     * (its 7.7 dB budget keeps 0.3 dB beyond IL 4.0 + TDECQ 3.4). Every PMD check passes at that corner.
     */
    @Test
    void ieeeWorstCaseTransmitterClosesAtAboutZero() {
        for (String id : List.of("400GBASE-DR4", "800GBASE-DR8", "400GBASE-FR4", "2x400GBASE-FR4")) {
            var pmd = ReferenceLibrary.load().pmd(id).orElseThrow();
            TransceiverDesign d = ReferenceDesigns.dr4400G();
            d.setOpticalPmd(id);
            Lane lane = d.getLanes().get(0);
            double er = 5.0;
            double tdecq = pmd.value("tdecq_max_db").getAsDouble();
            double omaTarget = pmd.omaMinusTdecqMinDbm(er).getAsDouble() + tdecq + 1e-9; // on the limit, not rounded below it
            double omaFactor = 10 * Math.log10(2 * (Math.pow(10, er / 10) - 1) / (Math.pow(10, er / 10) + 1)); // OMA - Pavg, dB
            lane.getLaser().setPowerTemperatureCoefficientDbPerK(null);
            lane.getLaser().setExtinctionRatioDb(er);
            lane.getLaser().setOutputPowerDbm(omaTarget - omaFactor);
            lane.setTdecqDb(tdecq);
            var ch = lane.getChannel();
            ch.setLengthM(pmd.value("reach_m").getAsDouble());
            double fibre = ch.getAttenuationDbPerKm() * ch.getLengthM() / 1000;
            ch.getConnectors().get(0).setInsertionLossDb(pmd.value("channel_il_max_db").getAsDouble() - fibre);
            ch.setMpiPenaltyDb(0.1);
            LinkBudget b = ANALYZER.analyze(d).linkBudget(lane);
            assertEquals(omaTarget, b.txOmaDbm(), 1e-9, id);
            double expected = id.contains("FR4") ? 0.2 : 0.0;
            assertEquals(expected, b.marginDb(), 1e-6, id + ": margin " + b.marginDb());
            assertTrue(b.pmdChecks().stream().allMatch(PmdCheck::passes), id + " " + b.pmdChecks());
        }
    }
}
