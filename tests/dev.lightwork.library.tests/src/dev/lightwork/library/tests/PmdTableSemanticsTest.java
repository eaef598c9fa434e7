package dev.lightwork.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.library.Confidence;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.PmdSpec.WavelengthWindow;
import dev.lightwork.library.PublishedModulePower;
import dev.lightwork.library.ReferenceLibrary;

/**
 * Limits that depend on another value are stored as such and answered as the IEEE tables state them (issue 13 item 5);
 * the 802.3dj rows carry their clause, signalling rate and FEC (item 3); unverified cells stay empty.
 */
class PmdTableSemanticsTest {

    private final ReferenceLibrary lib = ReferenceLibrary.load();

    private PmdSpec pmd(String id) {
        return lib.pmd(id).orElseThrow();
    }

    /** 802.3cu FR4: OMA - TDECQ >= -1.7 dBm for ER >= 4.5 dB, -1.6 dBm below; 802.3df DR8: -2.2 / -1.9 at ER 5 dB. */
    @Test
    void omaMinusTdecqDependsOnExtinctionRatio() {
        assertEquals(-1.7, pmd("400GBASE-FR4").omaMinusTdecqMinDbm(4.5).getAsDouble(), 1e-12);
        assertEquals(-1.6, pmd("400GBASE-FR4").omaMinusTdecqMinDbm(4.49).getAsDouble(), 1e-12);
        assertEquals(-2.2, pmd("800GBASE-DR8").omaMinusTdecqMinDbm(5.0).getAsDouble(), 1e-12);
        assertEquals(-1.9, pmd("800GBASE-DR8").omaMinusTdecqMinDbm(4.5).getAsDouble(), 1e-12);
        // the DR4 reproduction shows one value: no threshold is invented for it
        assertEquals(-2.2, pmd("400GBASE-DR4").omaMinusTdecqMinDbm(3.5).getAsDouble(), 1e-12);
    }

    /** CWDM4 grid: one window per lane; 1300 nm sits between lanes 1 and 2 and belongs to neither. */
    @Test
    void wdmGridHasOneWindowPerLane() {
        PmdSpec fr4 = pmd("400GBASE-FR4");
        assertEquals(List.of(new WavelengthWindow(1264.5, 1277.5), new WavelengthWindow(1284.5, 1297.5), new WavelengthWindow(1304.5, 1317.5),
                new WavelengthWindow(1324.5, 1337.5)), fr4.laneWindows());
        assertEquals(new WavelengthWindow(1284.5, 1297.5), fr4.laneWindow(1291).orElseThrow());
        WavelengthWindow nearest = fr4.laneWindow(1300).orElseThrow();
        assertFalse(nearest.contains(1300), "1300 nm is off the CWDM4 grid (nearest window " + nearest + ")");
        // a single-wavelength PMD has one window, its whole range
        assertEquals(new WavelengthWindow(1304.5, 1317.5), pmd("400GBASE-DR4").laneWindow(1271).orElseThrow());
    }

    /** Receiver sensitivity max(S, SECQ - k): DR4 max(-4.4, SECQ - 5.8), FR4 max(-4.6, SECQ - 6.0). */
    @Test
    void sensitivityIsMaxOfFloorAndSecqLine() {
        assertEquals(-2.4, pmd("400GBASE-DR4").sensitivityDbm(3.4).getAsDouble(), 1e-12);
        assertEquals(-4.4, pmd("400GBASE-DR4").sensitivityDbm(1.0).getAsDouble(), 1e-12);
        assertEquals(-2.6, pmd("400GBASE-FR4").sensitivityDbm(3.4).getAsDouble(), 1e-12);
        assertEquals(-4.6, pmd("400GBASE-FR4").sensitivityDbm(0.5).getAsDouble(), 1e-12);
    }

    /**
     * The Rx OMA a lane needs follows the stressed line SRS - SECQ + TDECQ and is floored below the knee S + k = 1.4 dB
     * (the "even if TDECQ < 1.4 dB" note of the DR4 and FR4 transmitter tables).
     */
    @Test
    void receiverRequirementHasItsFloorAtLowTdecq() {
        PmdSpec dr4 = pmd("400GBASE-DR4");
        assertEquals(-1.9 - 3.4 + 3.4, dr4.receiverRequirementDbm(3.4).getAsDouble(), 1e-12);
        assertEquals(-1.9 - 3.4 + 2.0, dr4.receiverRequirementDbm(2.0).getAsDouble(), 1e-12);
        assertEquals(-1.9 - 3.4 + 1.4, dr4.receiverRequirementDbm(1.0).getAsDouble(), 1e-12);
        assertEquals(-1.9 - 3.4 + 1.4, dr4.receiverRequirementDbm(0.0).getAsDouble(), 1e-12);
        assertEquals(-2.6 - 3.4 + 1.4, pmd("400GBASE-FR4").receiverRequirementDbm(0.3).getAsDouble(), 1e-12);
    }

    /**
     * Channel dispersion bounds from the IEEE SMF model (lambda0 1300-1324 nm, S0 0.093): DR4 500 m -0.93 / +0.80 ps/nm;
     * FR4 2 km lane 1271 nm down to -11.9 ps/nm, lane 1331 nm up to +6.7 ps/nm.
     */
    @Test
    void dispersionBoundsFollowTheFibreModelAtTheReach() {
        PmdSpec dr4 = pmd("400GBASE-DR4");
        var d = dr4.dispersionLimitsPsPerNm(dr4.laneWindow(1311).orElseThrow(), 500).orElseThrow();
        assertEquals(-0.93, d.minPsPerNm(), 0.005);
        assertEquals(0.80, d.maxPsPerNm(), 0.005);
        PmdSpec fr4 = pmd("400GBASE-FR4");
        assertEquals(-11.9, fr4.dispersionLimitsPsPerNm(fr4.laneWindow(1271).orElseThrow(), 2000).orElseThrow().minPsPerNm(), 0.05);
        assertEquals(6.7, fr4.dispersionLimitsPsPerNm(fr4.laneWindow(1331).orElseThrow(), 2000).orElseThrow().maxPsPerNm(), 0.05);
        assertTrue(pmd("400GBASE-SR8").dispersionLimitsPsPerNm(new WavelengthWindow(840, 860), 100).isEmpty(), "no SMF model for MMF");
    }

    /** 802.3dj: clause 180 DR PMDs at 106.25 GBd with KP4 only; clause 181 -2 PMDs at 113.4375 GBd with the inner code. */
    @Test
    void dotThreeDjRowsPerClause() {
        for (String id : List.of("800GBASE-DR4", "1.6TBASE-DR8")) {
            PmdSpec p = pmd(id);
            assertTrue(p.clause().startsWith("180"), id);
            assertEquals(106.25, p.value("baud_gbd").getAsDouble(), 1e-12, id);
            assertEquals(212.5, p.value("lane_rate_gbps").getAsDouble(), 1e-12, id);
            assertEquals("RS544_514", p.fec(), id);
            assertEquals(500, p.value("reach_m").getAsDouble(), 1e-12, id);
        }
        for (String id : List.of("800GBASE-DR4-2", "1.6TBASE-DR8-2")) {
            PmdSpec p = pmd(id);
            assertTrue(p.clause().startsWith("181"), id);
            assertEquals(113.4375, p.value("baud_gbd").getAsDouble(), 1e-12, id);
            assertEquals("RS544_514+HAMMING128_120", p.fec(), id);
            assertEquals(2000, p.value("reach_m").getAsDouble(), 1e-12, id);
        }
        assertEquals(4, pmd("800GBASE-DR4").lanes());
        assertEquals(8, pmd("1.6TBASE-DR8-2").lanes());
    }

    /** Unsourced limits stay empty, and a lane verdict on such a PMD says why it is indicative. */
    @Test
    void unsourcedLimitsAreEmptyAndMakeVerdictsIndicative() {
        for (String id : List.of("800GBASE-DR4", "800GBASE-DR4-2", "1.6TBASE-DR8", "1.6TBASE-DR8-2", "100GBASE-DR", "400GBASE-SR8")) {
            PmdSpec p = pmd(id);
            assertTrue(p.value("oma_minus_tdecq_min_dbm").isEmpty() && p.value("tdecq_max_db").isEmpty(), id + " Tx table not sourced");
            assertTrue(p.value("secq_db").isEmpty(), id + " SECQ not sourced");
            assertFalse(p.indicativeReasons().isEmpty(), id);
            assertFalse(p.provenance().note().isBlank(), id + " says why in its note");
        }
        assertTrue(pmd("1.6TBASE-DR8").indicativeReasons().get(0).contains("receiver sensitivity"), pmd("1.6TBASE-DR8").indicativeReasons().toString());
        for (String id : List.of("400GBASE-DR4", "800GBASE-DR8", "400GBASE-FR4", "2x400GBASE-FR4")) {
            assertEquals(List.of(), pmd(id).indicativeReasons(), id + " is fully sourced");
            assertTrue(pmd(id).provenance().confidence() != Confidence.L, id);
        }
    }

    @Test
    void everyExampleHasACitedPublishedPower() {
        for (String example : dev.lightwork.library.ReferenceDesigns.templateIds()) {
            PublishedModulePower p = lib.publishedModulePower(example).orElseThrow(() -> new AssertionError("no published power for " + example));
            assertTrue(p.referenceW() > 0, example);
            assertFalse(p.provenance().source().isBlank(), example);
        }
    }
}
