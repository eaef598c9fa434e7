package dev.lightwork.analysis.tests.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.TransceiverDesign;

class LinkBudgetCalculatorTest {

    private final LinkBudgetCalculator calculator = new LinkBudgetCalculator(ReferenceLibrary.load());

    /** Independent OMA formula: P1 - P0 with P1 = 2 Pavg ER/(ER+1), P0 = 2 Pavg/(ER+1). */
    private static double omaDbm(double avgDbm, double erDb) {
        double pavg = Math.pow(10, avgDbm / 10);
        double er = Math.pow(10, erDb / 10);
        return 10 * Math.log10(2 * pavg * er / (er + 1) - 2 * pavg / (er + 1));
    }

    @Test
    void dr4ExampleLaneByHand() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        LinkBudget b = calculator.compute(d, d.getLanes().get(0));
        assertTrue(b.problems().isEmpty(), b.problems().toString());
        // EML 2.0 dBm at 25 C, -0.02 dB/K up to the 70 C case: -0.9 dB
        assertEquals(-0.9, b.temperatureDeratingDb(), 1e-9);
        assertEquals(1.1, b.averageLaunchDbm(), 1e-9);
        assertEquals(omaDbm(1.1, 5.0), b.txOmaDbm(), 1e-9);
        // 500 m x 0.5 dB/km + MPO-12 low loss 0.35 dB; MPI allocation 0.1 dB
        assertEquals(0.25, b.fibreLossDb(), 1e-9);
        assertEquals(0.6, b.channelInsertionLossDb(), 1e-9);
        assertEquals(omaDbm(1.1, 5.0) - 0.6 - 0.1, b.rxOmaDbm(), 1e-9);
        // margin against clause 124: SRS -1.9 dBm at SECQ 3.4 dB, lane TDECQ 2.0 dB
        assertEquals(omaDbm(1.1, 5.0) - 0.7 - 2.0 - (-1.9 - 3.4), b.marginDb(), 1e-9);
        assertEquals(-4.4, b.pmdSensitivityDbm(), 1e-9);
        assertTrue(b.preFecBer() < 2.4e-4, "healthy lane below the PMD BER target: " + b.preFecBer());
        assertTrue(b.postFecBer() < 1e-15, "post-FEC " + b.postFecBer());
    }

    /** IEEE corner: (OMA - TDECQ) at its minimum -2.2 dBm, TDECQ 3.4 dB, 3.0 dB channel: 0.1 dB left (cl.124). */
    @Test
    void clause124CornerLeavesPointOneDb() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        lane.getLaser().setPowerTemperatureCoefficientDbPerK(null);
        double factorDb = omaDbm(0.0, 5.0); // OMA of a 0 dBm signal at ER 5 dB
        lane.getLaser().setOutputPowerDbm(1.2 - factorDb); // so that OMA = 1.2 dBm = -2.2 + 3.4
        lane.setTdecqDb(3.4);
        lane.getChannel().setLengthM(0.0);
        lane.getChannel().setMpiPenaltyDb(0.0);
        lane.getChannel().getConnectors().get(0).setInsertionLossDb(3.0);
        LinkBudget b = calculator.compute(d, lane);
        assertEquals(1.2, b.txOmaDbm(), 1e-9);
        assertEquals(0.1, b.marginDb(), 1e-9);
    }

    @Test
    void moreLossNeverIncreasesMargin() {
        Random random = new Random(11);
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        Connector c = lane.getChannel().getConnectors().get(0);
        for (int i = 0; i < 300; i++) {
            double loss = random.nextDouble() * 5;
            double length = random.nextDouble() * 10_000;
            c.setInsertionLossDb(loss);
            lane.getChannel().setLengthM(length);
            double before = calculator.compute(d, lane).marginDb();
            c.setInsertionLossDb(loss + random.nextDouble());
            lane.getChannel().setLengthM(length + random.nextDouble() * 1000);
            assertTrue(calculator.compute(d, lane).marginDb() <= before);
        }
    }

    @Test
    void badValuesBecomeProblemsNamingElementAttributeAndValue() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        lane.getChannel().setLengthM(Double.NaN);
        lane.getChannel().setAttenuationDbPerKm(-0.5);
        LinkBudget b = calculator.compute(d, lane);
        assertTrue(b.problems().contains("smf › Length (m) = NaN is not a number"), b.problems().toString());
        assertTrue(b.problems().contains("smf › Attenuation (dB/km) = -0.5 is negative"), b.problems().toString());
        assertTrue(Double.isNaN(b.marginDb()));
        assertTrue(!b.passes(0.0));
    }

    @Test
    void laneWithoutDetectorOrPmdIsReportedNotThrown() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.setOpticalPmd("999GBASE-XX");
        Lane lane = LightworkFactory.eINSTANCE.createLane();
        lane.setId("bare");
        d.getLanes().add(lane);
        LinkBudget b = calculator.compute(d, lane);
        assertTrue(b.problems().contains("bare: no photodetector"), b.problems().toString());
        assertTrue(b.problems().contains("bare: no laser"), b.problems().toString());
        assertTrue(b.problems().stream().anyMatch(p -> p.contains("'999GBASE-XX' is not in the reference library")), b.problems().toString());
    }

    @Test
    void everyExampleLaneHasPositiveMargin() {
        for (var template : ReferenceDesigns.TEMPLATES.entrySet()) {
            TransceiverDesign d = template.getValue().get();
            for (Lane lane : d.getLanes()) {
                LinkBudget b = calculator.compute(d, lane);
                assertTrue(b.problems().isEmpty(), template.getKey() + " " + lane.getId() + ": " + b.problems());
                assertTrue(b.marginDb() > 0, template.getKey() + " " + lane.getId() + " margin " + b.marginDb());
                if (lane.getIndex() == 0) {
                    System.out.printf("%s lane0: launch %.2f dBm, Tx OMA %.2f dBm, IL %.2f dB, Rx OMA %.2f dBm, margin %.2f dB, "
                            + "derived sens %.2f dBm, pre-FEC %.2e, post-FEC %.2e%n", template.getKey(), b.averageLaunchDbm(),
                            b.txOmaDbm(), b.channelInsertionLossDb(), b.rxOmaDbm(), b.marginDb(), b.derivedSensitivityDbm(),
                            b.preFecBer(), b.postFecBer());
                }
            }
        }
    }

    /** The BER estimate is referenced to the PMD receiver: the target 2.4e-4 at zero margin, Q x 10^(m/10) above. */
    @Test
    void preFecBerFollowsTheMarginFromThePmdTarget() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        lane.getLaser().setPowerTemperatureCoefficientDbPerK(null);
        double factorDb = omaDbm(0.0, 5.0);
        lane.getLaser().setOutputPowerDbm(1.2 - factorDb);
        lane.setTdecqDb(3.4);
        lane.getChannel().setLengthM(0.0);
        lane.getChannel().setMpiPenaltyDb(0.0);
        lane.getChannel().getConnectors().clear();
        // the clause-124 corner with a 3.0 dB channel leaves 0.1 dB; with no channel loss the margin is 3.1 dB.
        // Take 3.1 dB back off the laser for zero margin.
        lane.getLaser().setOutputPowerDbm(1.2 - factorDb - 3.1);
        LinkBudget zero = calculator.compute(d, lane);
        assertEquals(0.0, zero.marginDb(), 1e-9);
        assertEquals(2.4e-4, zero.preFecBer(), 2.4e-4 * 1e-6);
        // Domain notes' oracle: Q per eye 3.4141 at 2.4e-4 and 4.6950 at 1e-6: 10 log10(4.6950/3.4141) = 1.3837 dB
        lane.getLaser().setOutputPowerDbm(1.2 - factorDb - 3.1 + 10 * Math.log10(4.6950 / 3.4141));
        LinkBudget better = calculator.compute(d, lane);
        assertEquals(1e-6, better.preFecBer(), 1e-6 * 0.01);
        assertEquals("RS(544,514)", better.fec());
        // below the model's validity floor: the floor, flagged as a bound ("< 1e-30"), never 0 or 1e-195
        assertEquals(1e-30, better.postFecBer(), 0.0);
        assertTrue(better.postFecBerIsBound() && !better.preFecBerIsBound());
    }

    @Test
    void eachPmdTermIsCheckedAgainstItsTableLimit() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(1);
        LinkBudget ok = calculator.compute(d, lane);
        assertTrue(ok.pmdChecks().size() >= 12 && ok.pmdChecks().stream().allMatch(dev.lightwork.analysis.link.PmdCheck::passes), ok.pmdChecks().toString());
        lane.getLaser().setWavelengthNm(1271.0); // a CWDM wavelength on a DR4 (1304.5-1317.5 nm) lane
        lane.getChannel().setLengthM(7000.0); // 7 km x 0.5 dB/km + connectors: far over the 3.0 dB channel
        LinkBudget bad = calculator.compute(d, lane);
        var failing = bad.pmdChecks().stream().filter(c -> !c.passes()).map(c -> c.parameter()).toList();
        // 7 km is also beyond the 500 m operating range, and far more (negative) dispersion than 500 m of the IEEE fibre allows
        assertEquals(java.util.List.of("wavelength_min_nm", "channel_il_max_db", "reach_m", "dispersion_min_ps_nm"), failing);
        assertTrue(!bad.passes(0.0));
    }

    @Test
    void designFecChoosesTheChain() {
        TransceiverDesign d = ReferenceDesigns.TEMPLATES.get("1p6t-dr8-osfp").get();
        assertEquals("RS(544,514)", calculator.compute(d, d.getLanes().get(0)).fec(), "1.6TBASE-DR8 (clause 180) is KP4 only");
        d.setFec(dev.lightwork.model.FecScheme.RS_544_514_HAMMING_128_120);
        LinkBudget b = calculator.compute(d, d.getLanes().get(0));
        assertEquals("RS(544,514) + Hamming(128,120) hard-decision", b.fec());
        // 802.3dj gives no PMD BER target in a stored source: the BER is referenced to the chain's own threshold instead
        assertTrue(b.preFecBer() > 0 && b.postFecBer() <= 1e-13, b.preFecBer() + " / " + b.postFecBer());
        d.setFec(dev.lightwork.model.FecScheme.NONE);
        assertEquals("no FEC", calculator.compute(d, d.getLanes().get(0)).fec());
    }

    /** CWDM lane 1271 nm over 2 km of fibre with lambda0 1312 nm, S0 0.092: about -3.96 ps/(nm km), -7.9 ps/nm. */
    @Test
    void chromaticDispersionOfTheLaneIsShown() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        Lane lane = d.getLanes().get(0);
        lane.getLaser().setWavelengthNm(1271.0);
        lane.getChannel().setLengthM(2000.0);
        lane.getChannel().setZeroDispersionWavelengthNm(1312.0);
        lane.getChannel().setDispersionSlopePsPerNm2Km(0.092);
        double perKm = 0.092 / 4 * (1271.0 - Math.pow(1312.0, 4) / Math.pow(1271.0, 3));
        assertEquals(-3.96, perKm, 0.01);
        LinkBudget b = calculator.compute(d, lane);
        assertEquals(perKm * 2.0, b.dispersionPsPerNm(), 1e-9);
        lane.getLaser().setWavelengthNm(1312.0);
        assertEquals(0.0, calculator.compute(d, lane).dispersionPsPerNm(), 1e-12);
    }
}
