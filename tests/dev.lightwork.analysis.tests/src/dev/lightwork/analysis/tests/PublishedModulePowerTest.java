package dev.lightwork.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.power.PowerBudgetCalculator;
import dev.lightwork.library.PublishedModulePower;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;

/**
 * Every reference design's power lands within 15 % of the published module figure cited in
 * data/module-power-references.csv (issue 13 item 8): whole modules by W, the CPO engine per 800G (pJ/bit x 0.8).
 */
class PublishedModulePowerTest {

    private final ReferenceLibrary lib = ReferenceLibrary.load();

    @Test
    void everyExampleIsWithinFifteenPercentOfItsPublishedFigure() {
        PowerBudgetCalculator calculator = new PowerBudgetCalculator(lib);
        StringBuilder report = new StringBuilder();
        for (String example : ReferenceDesigns.templateIds()) {
            PublishedModulePower ref = lib.publishedModulePower(example).orElseThrow(() -> new AssertionError("no published figure for " + example));
            PowerBudget p = calculator.compute(ReferenceDesigns.TEMPLATES.get(example).get());
            double w = ref.basis() == PublishedModulePower.Basis.MODULE ? p.totalW() : p.pJPerBit() * 0.8;
            double deviation = w / ref.referenceW() - 1;
            report.append(String.format(java.util.Locale.ROOT, "%s %.2f W vs %.2f W (%+.1f %%); ", example, w, ref.referenceW(), 100 * deviation));
            assertTrue(Math.abs(deviation) <= 0.15, example + ": " + w + " W against " + ref.referenceW() + " W (" + ref.provenance().source() + ")");
        }
        System.out.println("published power: " + report);
    }
}
