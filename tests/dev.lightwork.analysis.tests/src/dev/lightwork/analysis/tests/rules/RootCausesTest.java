package dev.lightwork.analysis.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.RootCauses;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/** Issue 16.7: consequential diagnostics are grouped under their root cause by the analysis. */
class RootCausesTest {

    private final DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());

    private static List<RootCauses.Group> errorGroups(DesignAnalysis a) {
        return a.groups().stream().filter(g -> g.root().getSeverity() == Diagnostic.ERROR).toList();
    }

    private static Set<DesignRule> rules(List<Diagnostic> ds) {
        return ds.stream().map(d -> DesignDiagnostic.of(d).rule()).collect(Collectors.toSet());
    }

    @Test
    void aTooWeakLaserIsOneProblemWithItsConsequences() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getLanes().get(2).getLaser().setOutputPowerDbm(-6.0);
        DesignAnalysis a = analyzer.analyze(d);
        assertTrue(a.errors().size() >= 5, "launch, OMA, receive power, margin, BER: " + a.errors().size());
        List<RootCauses.Group> groups = errorGroups(a);
        assertEquals(1, groups.size(), groups.toString());
        RootCauses.Group g = groups.get(0);
        assertEquals(DesignRule.LINK_LAUNCH, DesignDiagnostic.of(g.root()).rule());
        assertTrue(rules(g.consequences()).containsAll(Set.of(DesignRule.LINK_OMA, DesignRule.LINK_MARGIN, DesignRule.LINK_BER)), rules(g.consequences()).toString());
        assertEquals(a.errors().size(), 1 + g.consequences().size(), "every error is the root or one of its consequences");
        assertEquals(g.root(), a.rootCauses().get(g.consequences().get(0)));
    }

    @Test
    void aSharedLaserTooWeakForItsFourLanesIsOneProblem() {
        TransceiverDesign d = ReferenceDesigns.lpo800G();
        d.getLanes().get(0).getLaser().setOutputPowerDbm(8.0); // cw0 feeds lanes 0-3
        DesignAnalysis a = analyzer.analyze(d);
        List<RootCauses.Group> groups = errorGroups(a);
        assertEquals(1, groups.size(), groups.toString());
        Set<String> elements = groups.get(0).consequences().stream().map(c -> DesignDiagnostic.of(c).elementId()).collect(Collectors.toSet());
        assertTrue(elements.containsAll(Set.of("lane1", "lane2", "lane3")), elements.toString());
    }

    @Test
    void aChannelTooLongForThePmdCausesTheMarginOfEveryLaneOnIt() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getChannels().get(0).setLengthM(9000.0);
        DesignAnalysis a = analyzer.analyze(d);
        List<RootCauses.Group> groups = errorGroups(a);
        assertEquals(Set.of(DesignRule.LINK_CHANNEL, DesignRule.LINK_REACH), groups.stream().map(g -> DesignDiagnostic.of(g.root()).rule()).collect(Collectors.toSet()));
        RootCauses.Group il = groups.stream().filter(g -> DesignDiagnostic.of(g.root()).rule() == DesignRule.LINK_CHANNEL).findFirst().orElseThrow();
        assertEquals(4, il.consequences().stream().filter(c -> DesignDiagnostic.of(c).rule() == DesignRule.LINK_MARGIN).count());
    }

    @Test
    void aMarginThatFailsAloneIsTheRootOfItsBer() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.setRequiredMarginDb(8.0);
        DesignAnalysis a = analyzer.analyze(d);
        for (RootCauses.Group g : errorGroups(a)) {
            assertEquals(DesignRule.LINK_MARGIN, DesignDiagnostic.of(g.root()).rule());
        }
        assertEquals(4, errorGroups(a).size(), "one per lane: each lane's margin is its own problem");
    }

    @Test
    void theReferenceDesignsHaveNoErrorGroups() {
        for (var t : ReferenceDesigns.TEMPLATES.values()) {
            assertEquals(List.of(), errorGroups(analyzer.analyze(t.get())));
        }
    }
}
