package dev.lightwork.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.AttributeRanges;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;

/** Issue 14 item 4: one rule for every numeric attribute: finite, in its physical range, unit known. */
class ImpossibleValuesRuleTest {

    private static final Map<String, String> UNIT_OF_SUFFIX = Map.ofEntries(Map.entry("Dbm", "dBm"), Map.entry("Db", "dB"), Map.entry("Mw", "mW"),
            Map.entry("KPerW", "K/W"), Map.entry("Gbps", "Gb/s"), Map.entry("Gbd", "GBd"), Map.entry("Nm", "nm"), Map.entry("M", "m"),
            Map.entry("DbPerKm", "dB/km"), Map.entry("APerW", "A/W"), Map.entry("PaPerRtHz", "pA/sqrt(Hz)"), Map.entry("DbPerHz", "dB/Hz"),
            Map.entry("Usd", "USD"), Map.entry("C", "C"), Map.entry("V", "V"), Map.entry("Ghz", "GHz"), Map.entry("Na", "nA"),
            Map.entry("DbPerK", "dB/K"), Map.entry("S", "s"), Map.entry("PsPerNm2Km", "ps/(nm^2 km)"));

    @Test
    void everyNumericAttributeHasARangeWithItsUnit() {
        AttributeRanges ranges = AttributeRanges.load();
        List<String> missing = new ArrayList<>();
        for (EClassifier c : LightworkPackage.eINSTANCE.getEClassifiers()) {
            if (!(c instanceof EClass ec)) {
                continue;
            }
            for (EAttribute a : ec.getEAttributes()) {
                Class<?> t = a.getEAttributeType().getInstanceClass();
                if (t == Double.class || t == double.class || t == Integer.class || t == int.class || t == Long.class) {
                    var range = ranges.range(ec.getName(), a.getName());
                    if (range.isEmpty()) {
                        missing.add(ec.getName() + "." + a.getName());
                        continue;
                    }
                    String suffix = UNIT_OF_SUFFIX.keySet().stream().filter(s -> a.getName().endsWith(s) && Character.isLowerCase(
                            a.getName().charAt(a.getName().length() - s.length() - 1))).max((x, y) -> x.length() - y.length()).orElse(null);
                    if (suffix != null) {
                        assertEquals(UNIT_OF_SUFFIX.get(suffix), range.get().unit(), ec.getName() + "." + a.getName() + ": unit from its name");
                    }
                    assertFalse(range.get().unit().isBlank());
                    assertFalse(range.get().provenance().source().isBlank());
                }
            }
        }
        assertEquals(List.of(), missing, "numeric attributes without a physical range in attribute-ranges.csv");
    }

    @Test
    void impossibleValuesAreInputErrorsNamingElementAttributeAndValue() {
        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e308, -1}) {
            TransceiverDesign d = ReferenceDesigns.dr4400G();
            Laser laser = (Laser) d.getComponents().stream().filter(c -> c instanceof Laser).findFirst().orElseThrow();
            laser.setExtinctionRatioDb(bad);
            DesignAnalysis a = analyzer.analyze(d);
            assertEquals(DesignAnalysis.Verdict.FAIL, a.verdict(), "ER " + bad);
            DesignDiagnostic dd = a.designDiagnostics().stream().map(DesignDiagnostic::of).filter(x -> x.rule() == DesignRule.INPUT_RANGE)
                    .findFirst().orElseThrow();
            assertTrue(dd.element() == laser && dd.attribute().getName().equals("extinctionRatioDb"), dd.message());
            assertTrue(dd.message().startsWith("Laser '" + laser.getId() + "' › Extinction ratio (dB) = "), dd.message());
            assertEquals(Diagnostic.ERROR, dd.severity());
        }
    }

    @Test
    void everyReferenceDesignIsWithinTheRanges() {
        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        for (var t : ReferenceDesigns.TEMPLATES.entrySet()) {
            List<String> out = analyzer.analyze(t.getValue().get()).designDiagnostics().stream().map(DesignDiagnostic::of)
                    .filter(x -> x.rule() == DesignRule.INPUT_RANGE).map(DesignDiagnostic::message).toList();
            assertEquals(List.of(), out, t.getKey());
        }
    }
}
