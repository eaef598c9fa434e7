package dev.lightwork.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.VariableKind;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.PointVariant;
import dev.lightwork.solver.StudyVariable;

/** Variant names say what changed (issue 16 item 5): only variables whose option differs from the base design count. */
class PointVariantTest {

    private static final List<StudyVariable> VARIABLES = List.of(
            new StudyVariable("laser", VariableKind.CATALOG_CHOICE, "LASER", List.of("LAS-EML-1311-53", "LAS-DML-1311-53")),
            new StudyVariable("modulator", VariableKind.CATALOG_CHOICE, "MODULATOR", List.of("NONE", "MOD-EAM-53")),
            new StudyVariable("reach", VariableKind.REACH, null, List.of("500", "2000")),
            new StudyVariable("formFactor", VariableKind.FORM_FACTOR, null, List.of("QSFP_DD", "OSFP")));

    private static ParetoPoint point(Map<String, String> choices) {
        return new ParetoPoint(2, choices, new double[0], new double[0], null, null);
    }

    @Test
    void onlyChangedVariablesNameTheVariant() {
        TransceiverDesign dr4 = Fixtures.dr4(); // EMLs, no modulator, 500 m, QSFP-DD
        PointVariant v = PointVariant.of(dr4, VARIABLES,
                point(Map.of("laser", "LAS-DML-1311-53", "modulator", "NONE", "reach", "2000", "formFactor", "QSFP_DD")));
        assertEquals(List.of(new PointVariant.Change("laser", "LAS-EML-1311-53", "LAS-DML-1311-53"), new PointVariant.Change("reach", "500 m", "2000 m")),
                v.changes());
        assertEquals("laser LAS-EML-1311-53 -> LAS-DML-1311-53, reach 500 m -> 2000 m", v.describe());
        assertEquals("LAS-DML-1311-53_2000m", v.fileNamePart(80));
        assertNull(v.fileNamePart(10), "too long for a file name: the caller numbers the point");
        assertEquals("my design-dr4 parts-LAS-DML-1311-53_2000m".replace("dr4 parts", "dr4_parts"), v.fileStem("my design", "dr4 parts", 2));
        assertEquals("400G - dr4-parts p3: laser LAS-EML-1311-53 -> LAS-DML-1311-53, reach 500 m -> 2000 m", v.designName("400G", "dr4-parts", 2));
    }

    @Test
    void aLongListOfChangesIsNamedByThePointNumber() {
        List<PointVariant.Change> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(new PointVariant.Change("v" + i, "A-PART-NUMBER-" + i, "ANOTHER-PART-" + i));
        }
        assertEquals("dr4-s-p7", new PointVariant(many).fileStem("dr4", "s", 6));
        assertEquals("dr4-s-base", new PointVariant(List.of()).fileStem("dr4", "s", 0));
    }

    @Test
    void theBaseDesignsChoicesAreNamedAsSuch() {
        PointVariant v = PointVariant.of(Fixtures.dr4(), VARIABLES,
                point(Map.of("laser", "LAS-EML-1311-53", "modulator", "NONE", "reach", "500.0", "formFactor", "QSFP_DD")));
        assertTrue(v.isBase(), v.describe());
        assertEquals("base", v.fileNamePart(80));
        assertEquals("the base design's choices", v.describe());
    }

    @Test
    void addingAPartTheBaseLacksIsAChangeFromNone() {
        PointVariant v = PointVariant.of(Fixtures.dr4(), VARIABLES, point(Map.of("modulator", "MOD-EAM-53")));
        assertEquals(List.of(new PointVariant.Change("modulator", "NONE", "MOD-EAM-53")), v.changes());
    }
}
