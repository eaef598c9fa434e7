package dev.lightwork.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.Csv;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.FormFactor;

class ReferenceLibraryTest {

    private final ReferenceLibrary lib = ReferenceLibrary.load();

    @Test
    void catalogueCoversEveryKindWithAtLeastFortyParts() {
        assertTrue(lib.parts().size() >= 40, "parts: " + lib.parts().size());
        for (PartKind kind : PartKind.values()) {
            assertFalse(lib.parts(kind).isEmpty(), "no part of kind " + kind);
        }
        Set<String> ids = new HashSet<>();
        for (CatalogPart p : lib.parts()) {
            assertTrue(ids.add(p.id()), "unique id " + p.id());
            assertFalse(p.provenance().source().isBlank(), p.id() + " has a source");
            assertTrue(p.costUsd().isPresent(), p.id() + " has a cost");
        }
    }

    @Test
    void everyRequiredPmdIsPresentWithSource() {
        for (String id : List.of("100GBASE-DR", "400GBASE-DR4", "400GBASE-FR4", "800GBASE-DR8", "2x400GBASE-FR4",
                "400GBASE-SR8", "800GBASE-DR4", "800GBASE-DR4-2", "1.6TBASE-DR8", "1.6TBASE-DR8-2")) {
            PmdSpec spec = lib.pmd(id).orElseThrow(() -> new AssertionError("missing PMD " + id));
            assertFalse(spec.provenance().source().isBlank(), id);
        }
    }

    /** Clause 124: (OMA-TDECQ)min + TDECQmax - (SRS - SECQ) = 6.5 dB = IL 3.0 + penalties 3.4 + 0.1. */
    @Test
    void dr4PowerBudgetMatchesClause124() {
        PmdSpec dr4 = lib.pmd("400GBASE-DR4").orElseThrow();
        assertEquals(6.5, dr4.powerBudgetDb().getAsDouble(), 1e-9);
        assertEquals(3.0, dr4.value("channel_il_max_db").getAsDouble(), 1e-9);
        assertEquals(6.5, dr4.value("channel_il_max_db").getAsDouble() + dr4.value("penalty_allocation_db").getAsDouble() + 0.1, 1e-9);
        // Tx OMA at maximum TDECQ after the maximum channel loss still meets the stressed sensitivity
        double omaAtTdecqMax = dr4.value("oma_minus_tdecq_min_dbm").getAsDouble() + dr4.value("tdecq_max_db").getAsDouble();
        assertTrue(omaAtTdecqMax - 3.0 >= dr4.value("srs_oma_max_dbm").getAsDouble());
    }

    @Test
    void fr4PowerBudgetIs7point7Db() {
        assertEquals(7.7, lib.pmd("400GBASE-FR4").orElseThrow().powerBudgetDb().getAsDouble(), 1e-9);
    }

    @Test
    void unknownValuesStayEmptyNotZero() {
        PmdSpec dj = lib.pmd("800GBASE-DR4").orElseThrow();
        assertTrue(dj.value("ber_target_pre_fec").isEmpty(), "802.3dj BER target is not known");
        assertTrue(dj.powerBudgetDb().isEmpty());
    }

    @Test
    void powerClassesResolveForModelFormFactors() {
        assertEquals(14.0, lib.powerClass(FormFactor.QSFP_DD, 7).orElseThrow().maxPowerW(), 1e-9);
        assertTrue(lib.powerClass(FormFactor.OSFP, 8).isPresent());
        assertEquals(8, lib.powerClasses("QSFP-DD").size());
    }

    @Test
    void malformedCsvNamesFileLineAndValue() {
        IllegalArgumentException quote = assertThrows(IllegalArgumentException.class,
                () -> Csv.read("broken.csv", stream("id,name\nA,\"unclosed\n")));
        assertTrue(quote.getMessage().contains("broken.csv:2") && quote.getMessage().contains("unclosed quote"), quote.getMessage());

        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> Csv.read("bad.csv", stream("id,power_mw\nA,12x\n")).get(0).number("power_mw"));
        assertTrue(number.getMessage().contains("bad.csv:2") && number.getMessage().contains("'12x'"), number.getMessage());

        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> Csv.read("short.csv", stream("id,name,cost\nA,B\n")));
        assertTrue(columns.getMessage().contains("short.csv:2: expected 3 columns, found 2"), columns.getMessage());
    }

    @Test
    void quotedFieldsKeepCommasAndQuotes() throws Exception {
        List<Csv.Row> rows = Csv.read("q.csv", stream("id,note\nA,\"a, \"\"quoted\"\" note\"\n"));
        assertEquals("a, \"quoted\" note", rows.get(0).text("note"));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
