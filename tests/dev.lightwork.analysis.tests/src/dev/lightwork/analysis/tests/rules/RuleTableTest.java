package dev.lightwork.analysis.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;

/**
 * The rule table ({@link DesignRule}) against one fixture per rule ({@link RuleFixtures}): each fixture makes its rule
 * fire where the unchanged reference design does not, while the next rule of the table (its neighbour) stays quiet;
 * every diagnostic carries the severity, category, element and attribute of its row.
 */
class RuleTableTest {

    private static final DesignAnalyzer ANALYZER = new DesignAnalyzer(ReferenceLibrary.load());

    static Stream<Arguments> fixtures() {
        return Arrays.stream(DesignRule.values()).map(r -> Arguments.of(r, RuleFixtures.ALL.get(r)));
    }

    private static List<DesignDiagnostic> of(DesignAnalysis a, DesignRule rule) {
        return a.diagnostics().stream().map(DesignDiagnostic::of).filter(d -> d.rule() == rule).toList();
    }

    /** The next rule of the table that a design does not always fire (informational rules always do). */
    private static DesignRule neighbour(DesignRule rule) {
        DesignRule[] all = DesignRule.values();
        for (int i = 1; i < all.length; i++) {
            DesignRule next = all[(rule.ordinal() + i) % all.length];
            if (next.severity() != Diagnostic.INFO) {
                return next;
            }
        }
        throw new AssertionError("no neighbour");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fixtures")
    void fixtureFiresItsRuleAndNotItsNeighbour(DesignRule rule, RuleFixtures.Fixture fixture) {
        assertNotNull(fixture, rule.id() + " has no fixture in RuleFixtures");
        DesignAnalysis changed = ANALYZER.analyze(fixture.design());
        List<DesignDiagnostic> fired = of(changed, rule);
        assertFalse(fired.isEmpty(), rule.id() + " does not fire on '" + fixture + "'; fired: "
                + changed.diagnostics().stream().map(d -> DesignDiagnostic.of(d).rule()).toList());
        if (rule.severity() != Diagnostic.INFO) {
            assertTrue(of(ANALYZER.analyze(ReferenceDesigns.dr4400G()), rule).isEmpty(), rule.id() + " fires on the unchanged reference design");
        }
        DesignRule neighbour = neighbour(rule);
        assertTrue(of(changed, neighbour).isEmpty(), "'" + fixture + "' also fires the neighbouring rule " + neighbour.id());
        for (DesignDiagnostic d : fired) {
            assertEquals(rule.severity(), d.severity(), rule.id() + " severity");
            assertEquals(rule.category(), d.code(), rule.id() + " category");
            assertNotNull(d.element(), rule.id() + " names no element");
            if (rule.element() != null) {
                // on the row's element, on the owner of one of its attributes, or (a link term) on the lane itself
                boolean listed = rule.element().isSuperTypeOf(d.element().eClass())
                        || rule.features().stream().anyMatch(f -> f.getEContainingClass().isSuperTypeOf(d.element().eClass()))
                        || rule.category() == DesignRules.LINK && d.element() instanceof Lane;
                assertTrue(listed, rule.id() + " on " + d.element().eClass().getName() + ", table says " + rule.element().getName());
            }
            if (d.attribute() != null && rule.element() != null) { // a rule of any element (e.g. the range rule) names any attribute
                assertTrue(rule.features().contains(d.attribute()), rule.id() + " names " + d.attribute().getName() + ", not in its row");
            }
        }
    }

    /** The guard: every rule has a complete row and a fixture; ids are unique and stable in form. */
    @Test
    void everyRuleHasARowAndAFixture() {
        Set<String> ids = new HashSet<>();
        for (DesignRule r : DesignRule.values()) {
            assertTrue(r.id().matches("LW-[A-Z]+(-[A-Z0-9]+)+"), r.id());
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertFalse(r.title().isBlank() || r.help().isBlank() || r.shortName().isBlank(), r.id() + " text");
            assertTrue(Set.of(Diagnostic.ERROR, Diagnostic.WARNING, Diagnostic.INFO).contains(r.severity()), r.id() + " severity");
            assertTrue(r.category() >= 1 && r.category() <= 4, r.id() + " category");
            for (EStructuralFeature f : r.features()) {
                assertNotNull(f.getEContainingClass(), r.id() + " feature " + f.getName());
            }
            assertTrue(RuleFixtures.ALL.containsKey(r), r.id() + " has no fixture in RuleFixtures");
        }
    }
}
