package dev.lightwork.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.Metric;
import dev.lightwork.model.OptimisationSense;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.Optimum;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.StudyBuilder;
import dev.lightwork.solver.StudyObjective;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.engine.BruteForce;
import dev.lightwork.solver.engine.GoalSeek;
import dev.lightwork.solver.engine.TradeStudySolver;

class OptimumAndGoalSeekTest {

    private final TradeStudySolver solver = new TradeStudySolver(Fixtures.ANALYZER);

    @Test
    void minimumPowerWithAMarginConstraintEqualsEnumerationAndSensitivityIsConsistent() {
        TradeStudy study = Fixtures.dr4Parts();
        study.getConstraints().add(new StudyBuilder("x").constraint(Metric.WORST_MARGIN_DB, ConstraintOperator.GE, 1.0).build()
                .getConstraints().get(0));
        StudyObjective power = new StudyObjective(Metric.MODULE_POWER_W, OptimisationSense.MINIMIZE, null);
        Optimum o = solver.optimise(Fixtures.dr4(), study, power, 60, ProgressMonitor.NONE);
        assertTrue(o.proven());
        // enumeration of the same space with only the power objective
        TradeStudy powerOnly = Fixtures.dr4Parts();
        powerOnly.getObjectives().removeIf(x -> x.getMetric() != Metric.MODULE_POWER_W);
        powerOnly.getConstraints().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(study.getConstraints()));
        List<BruteForce.Enumerated> brute = new BruteForce(Fixtures.ANALYZER).front(Fixtures.dr4(), powerOnly);
        assertEquals(brute.get(0).values()[0], o.best().values()[0], 1e-4);
        assertTrue(Fixtures.ANALYZER.analyze(o.best().design()).worstLane().orElseThrow().marginDb() >= 1.0);
        // sensitivity: the optimum's own choices cost nothing, every forced alternative is no better
        for (Optimum.Sensitivity s : o.sensitivity()) {
            if (s.optimumChoice()) {
                assertEquals(0, s.delta(), 1e-12, s.toString());
            } else if (s.feasible()) {
                assertTrue(s.delta() >= -1e-9, s.toString());
            }
        }
        assertEquals(Fixtures.dr4Parts().getVariables().stream().mapToInt(v -> v.getOptions().size()).sum(), o.sensitivity().size());
        assertTrue(o.sensitivity().stream().anyMatch(s -> !s.optimumChoice() && s.feasible() && s.delta() > 0), "some choice must matter");
    }

    @Test
    void goalSeekFindsTheLaserPowerForOneDbMarginAtTwoKilometres() {
        TransceiverDesign at2km = Fixtures.dr4();
        at2km.getChannels().forEach(c -> c.setLengthM(2000.0));
        double margin0 = Fixtures.ANALYZER.analyze(at2km).worstLane().orElseThrow().marginDb();
        double power0 = at2km.getLanes().get(0).getLaser().getOutputPowerDbm();
        GoalSeek.Result r = new GoalSeek(Fixtures.ANALYZER).seek(at2km, "LASER.outputPowerDbm", Metric.WORST_MARGIN_DB, 1.0, -10, 20, 1e-6);
        // the margin moves dB for dB with the laser power (every other term is independent of it)
        assertEquals(power0 + (1.0 - margin0), r.value(), 1e-4);
        assertEquals(1.0, r.achieved(), 1e-4);
        assertTrue(r.design().getLanes().stream().allMatch(l -> Math.abs(l.getLaser().getOutputPowerDbm() - r.value()) < 1e-12));
        assertEquals(power0, at2km.getLanes().get(0).getLaser().getOutputPowerDbm(), 0, "the input design is not changed");
    }

    @Test
    void goalSeekOutsideTheBracketSaysWhatIsReachable() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.lightwork.solver.StudyInputException.class,
                () -> new GoalSeek(Fixtures.ANALYZER).seek(Fixtures.dr4(), "LASER.outputPowerDbm", Metric.WORST_MARGIN_DB, 50, -10, 5, 1e-6));
        assertTrue(e.getMessage().contains("ranges from"), e.getMessage());
    }

    @Test
    void cancellationAndTimeLimitReturnAPartialResult() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        assertThrowsCancelled(cancelled);
        StudyResult r = solver.explore(Fixtures.dr4(), Fixtures.dr4Parts(), 0.0, ProgressMonitor.NONE);
        assertTrue(r.partial());
        assertEquals("time limit", r.stopReason());
        assertFalse(r.infeasibility() != null, "a stopped search never claims infeasibility");
    }

    private void assertThrowsCancelled(ProgressMonitor m) {
        org.junit.jupiter.api.Assertions.assertThrows(dev.lightwork.solver.StudyCancelledException.class,
                () -> solver.explore(Fixtures.dr4(), Fixtures.dr4Parts(), 60, m));
    }
}
