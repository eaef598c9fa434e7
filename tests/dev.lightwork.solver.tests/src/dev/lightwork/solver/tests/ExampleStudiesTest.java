package dev.lightwork.solver.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.engine.TradeStudySolver;

/**
 * The examples ship with trade studies (issue 16 item 5) so {@code lightwork explore} and the Trade Study view work
 * out of the box: at least two reference designs carry one, each solves to an exact, non-empty front with three
 * objectives (the third drawn as colour) whose points pass the analyzer.
 */
class ExampleStudiesTest {

    private final TradeStudySolver solver = new TradeStudySolver(Fixtures.ANALYZER);

    @Test
    void atLeastTwoExamplesShipWithAStudyThatSolvesToAnExactFront() {
        List<String> withStudies = new ArrayList<>();
        for (var e : ReferenceDesigns.TEMPLATES.entrySet()) {
            TransceiverDesign design = e.getValue().get();
            for (TradeStudy study : design.getTradeStudies()) {
                withStudies.add(e.getKey());
                StudyResult r = solver.explore(design, study, 120, ProgressMonitor.NONE);
                assertTrue(r.feasible(), e.getKey() + "/" + study.getId() + ": " + r.infeasibility());
                assertFalse(r.partial(), e.getKey() + "/" + study.getId() + " stopped: " + r.stopReason());
                assertTrue(r.front().size() >= 2, e.getKey() + "/" + study.getId() + " has " + r.front().size() + " points: no trade-off to show");
                assertTrue(r.objectives().size() >= 3, e.getKey() + "/" + study.getId());
                for (ParetoPoint p : r.front()) {
                    assertTrue(p.analysis().verdict() != dev.lightwork.analysis.design.DesignAnalysis.Verdict.FAIL,
                            e.getKey() + " " + p.choices());
                }
            }
        }
        assertTrue(withStudies.size() >= 2, "examples with a trade study: " + withStudies);
        assertTrue(withStudies.contains("400g-dr4-qsfpdd"), withStudies.toString());
    }
}
