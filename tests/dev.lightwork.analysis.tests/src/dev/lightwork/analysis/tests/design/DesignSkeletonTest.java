package dev.lightwork.analysis.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.design.DesignSkeleton;
import dev.lightwork.analysis.design.DesignSkeleton.Choice;
import dev.lightwork.analysis.design.DesignSkeleton.HostLanes;
import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/** Issue 16.12: the New Design wizard's skeleton validates without errors for every choice it offers. */
class DesignSkeletonTest {

    private final DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
    private final DesignSkeleton skeleton = new DesignSkeleton(analyzer);

    @Test
    void everyOfferedPmdFormFactorAndHostInterfaceValidatesWithoutErrors() {
        List<String> failures = new ArrayList<>();
        int built = 0;
        assertTrue(skeleton.pmds().size() >= 8, "PMDs offered: " + skeleton.pmds().stream().map(PmdSpec::id).toList());
        for (PmdSpec pmd : skeleton.pmds()) {
            List<FormFactor> formFactors = skeleton.formFactors(pmd);
            assertTrue(formFactors.contains(FormFactor.CPO_ENGINE), pmd.id());
            assertFalse(skeleton.hostLanes(pmd).isEmpty(), pmd.id());
            for (FormFactor ff : formFactors) {
                for (HostLanes host : skeleton.hostLanes(pmd)) {
                    Choice choice = new Choice(ff, pmd.id(), host, skeleton.fecs(pmd).get(0));
                    TransceiverDesign d = skeleton.build("new-" + pmd.id(), "New design", choice);
                    built++;
                    DesignAnalysis a = analyzer.analyze(d);
                    for (Diagnostic e : a.errors()) {
                        failures.add(pmd.id() + " " + ff + " " + host.label() + ": " + DesignDiagnostic.of(e).message());
                    }
                    assertEquals(pmd.lanes(), d.getLanes().size());
                    assertTrue(skeleton.problem(choice).isEmpty(), skeleton.problem(choice).orElse(""));
                    assertSkeletonIsComplete(d);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(built > 20, "combinations built: " + built);
    }

    private static void assertSkeletonIsComplete(TransceiverDesign d) {
        assertNotNull(d.getThermalNetwork());
        assertTrue(d.getThermalNetwork().getNodes().size() >= 4);
        assertFalse(d.getChannels().isEmpty());
        for (Lane lane : d.getLanes()) {
            assertNotNull(lane.getLaser(), lane.getId());
            assertNotNull(lane.getChannel(), lane.getId());
            assertNotNull(lane.getPhotodetector(), lane.getId());
            assertNotNull(lane.getTia(), lane.getId());
            assertNotNull(lane.getLaser().getThermalNode(), lane.getId());
        }
        // nothing says null: every string attribute given is real text
        List<EObject> all = new ArrayList<>(List.of(d));
        d.eAllContents().forEachRemaining(all::add);
        for (EObject e : all) {
            for (EAttribute a : e.eClass().getEAllAttributes()) {
                Object v = e.eGet(a);
                assertFalse(v instanceof String s && s.contains("null"), e + "." + a.getName() + " = " + v);
            }
        }
    }

    @Test
    void aModuleNoClassHoldsIsNotOfferedInThatFormFactorAndSaysWhy() {
        PmdSpec dr8 = ReferenceLibrary.load().pmd("1.6TBASE-DR8").orElseThrow();
        assertFalse(skeleton.formFactors(dr8).contains(FormFactor.QSFP112), "QSFP112 has no power class in the library");
        Choice choice = new Choice(FormFactor.QSFP112, dr8.id(), skeleton.hostLanes(dr8).get(0), skeleton.fecs(dr8).get(0));
        String problem = skeleton.problem(choice).orElseThrow();
        assertTrue(problem.contains("QSFP112") && problem.contains("1.6TBASE-DR8"), problem);
    }

    @Test
    void hostInterfacesCarryThePmdsRateAndTheDefaultFecIsThePmds() {
        PmdSpec dr4 = ReferenceLibrary.load().pmd("400GBASE-DR4").orElseThrow();
        List<String> labels = skeleton.hostLanes(dr4).stream().map(HostLanes::label).toList();
        assertEquals("8 x 53.125 Gb/s (8 x 50G)", labels.get(0));
        assertTrue(labels.contains("4 x 106.25 Gb/s (4 x 100G)"), labels.toString());
        assertEquals(dev.lightwork.model.FecScheme.RS_544_514, skeleton.fecs(dr4).get(0));
        TransceiverDesign d = skeleton.build("dr4", "DR4", new Choice(FormFactor.QSFP_DD, dr4.id(), skeleton.hostLanes(dr4).get(0), skeleton.fecs(dr4).get(0)));
        assertNotNull(d.getMsaPowerClass(), "a pluggable gets the lowest class that holds it");
        assertEquals(DesignAnalysis.Verdict.PASS, analyzer.analyze(d).verdict());
    }
}
