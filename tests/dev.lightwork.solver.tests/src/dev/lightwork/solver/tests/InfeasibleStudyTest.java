package dev.lightwork.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.PmdCheck;

import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.Metric;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.StudyBuilder;
import dev.lightwork.solver.StudyInputException;
import dev.lightwork.solver.StudyResult;
import dev.lightwork.solver.StudyVariable;
import dev.lightwork.solver.engine.TradeStudySolver;

/** Infeasible studies name the tightest constraint with the best value any design reaches. */
class InfeasibleStudyTest {

    private final TradeStudySolver solver = new TradeStudySolver(Fixtures.ANALYZER);

    @Test
    void unreachableMarginIsNamedWithTheBestAchievableMargin() {
        TradeStudy study = Fixtures.dr4Parts();
        study.getConstraints().add(new StudyBuilder("x").constraint(Metric.WORST_MARGIN_DB, ConstraintOperator.GE, 20.0).build()
                .getConstraints().get(0));
        StudyResult r = solver.explore(Fixtures.dr4(), study, 60, ProgressMonitor.NONE);
        assertFalse(r.feasible());
        assertFalse(r.partial());
        assertTrue(r.infeasibility().message().startsWith("no design satisfies worst-lane margin >= 20.0 dB"), r.infeasibility().message());
        // independent check: the best margin of the space is the best margin on the unconstrained front
        double best = solver.explore(Fixtures.dr4(), Fixtures.dr4Parts(), 60, ProgressMonitor.NONE).front().stream()
                .mapToDouble(p -> p.values()[2]).max().orElseThrow();
        assertEquals(best, r.infeasibility().bestAchievable(), 2e-3);
    }

    @Test
    void constraintsThatOnlyConflictTogetherNameTheOneToRelax() {
        // cheap designs have little margin and high-margin designs cost more: each limit alone is feasible
        StudyResult free = solver.explore(Fixtures.dr4(), Fixtures.dr4Parts(), 60, ProgressMonitor.NONE);
        double cheapest = free.front().stream().mapToDouble(p -> p.values()[1]).min().orElseThrow();
        double bestMargin = free.front().stream().mapToDouble(p -> p.values()[2]).max().orElseThrow();
        double marginOfCheapest = free.front().stream().filter(p -> p.values()[1] == cheapest).mapToDouble(p -> p.values()[2]).max().orElseThrow();
        double wanted = (marginOfCheapest + bestMargin) / 2;
        TradeStudy study = new StudyBuilder("conflict")
                .choice("laser", "LASER", "LAS-EML-1311-53", "LAS-DML-1311-53", "LAS-EML-CWDM-53", "LAS-CW-1311-SIPH")
                .choice("modulator", "MODULATOR", "NONE", "MOD-MZM-SIPH-53", "MOD-EAM-53")
                .choice("tia", "TIA", "TIA-LIN-53", "TIA-LPO-53")
                .choice("connector", "CONNECTOR", "CON-MPO12-LL", "CON-MPO12-STD")
                .reach("reach", "500", "2000")
                .minimise(Metric.MODULE_POWER_W)
                .constraint(Metric.COST_USD, ConstraintOperator.LE, cheapest)
                .constraint(Metric.WORST_MARGIN_DB, ConstraintOperator.GE, wanted)
                .build();
        StudyResult r = solver.explore(Fixtures.dr4(), study, 60, ProgressMonitor.NONE);
        assertFalse(r.feasible());
        assertTrue(r.infeasibility().message().contains("together with the other constraints"), r.infeasibility().message());
        assertTrue(r.infeasibility().constraint().contains("cost") || r.infeasibility().constraint().contains("margin"),
                r.infeasibility().constraint());
    }

    /**
     * PMD table limits are hard constraints: a DML without a modulator misses OMAouter - TDECQ on every design, a CWDM
     * laser misses the DR4 wavelength window; each is named with the best value the analyzer finds on any design.
     */
    @Test
    void pmdTableLimitsAreNamedWithTheBestValueAnyDesignReaches() {
        TradeStudy dml = new StudyBuilder("dml").choice("laser", "LASER", "LAS-DML-1311-53")
                .choice("connector", "CONNECTOR", "CON-MPO12-LL", "CON-MPO12-STD").reach("reach", "500", "2000")
                .minimise(Metric.MODULE_POWER_W).build();
        assertNamesPmdLimit(dml, "oma_minus_tdecq_min_dbm", "OMAouter - TDECQ >= -2.20 dBm");
        TradeStudy cwdm = new StudyBuilder("cwdm").choice("laser", "LASER", "LAS-EML-CWDM-53").choice("tia", "TIA", "TIA-LIN-53", "TIA-LPO-53")
                .minimise(Metric.MODULE_POWER_W).build();
        assertNamesPmdLimit(cwdm, "wavelength_min_nm", "centre wavelength >= 1304.50 nm");
    }

    private void assertNamesPmdLimit(TradeStudy study, String parameter, String name) {
        StudyResult r = solver.explore(Fixtures.dr4(), study, 60, ProgressMonitor.NONE);
        assertFalse(r.feasible());
        assertTrue(r.infeasibility().constraint().startsWith(name), r.infeasibility().constraint());
        // independent: every design of the space, analysed; the best over designs of the worst lane's checked value
        List<StudyVariable> vars = new ArrayList<>();
        for (var v : study.getVariables()) {
            vars.add(new StudyVariable(v.getId(), v.getKind(), v.getSlot(), v.getOptions()));
        }
        DesignMaterialiser materialiser = new DesignMaterialiser(Fixtures.ANALYZER.library());
        double best = Double.NEGATIVE_INFINITY;
        int total = vars.stream().mapToInt(StudyVariable::size).reduce(1, (x, y) -> x * y);
        for (int index = 0; index < total; index++) {
            int[] choice = new int[vars.size()];
            for (int i = vars.size() - 1, rest = index; i >= 0; rest /= vars.get(i).size(), i--) {
                choice[i] = rest % vars.get(i).size();
            }
            DesignAnalysis a = Fixtures.ANALYZER.analyze(materialiser.materialise(Fixtures.dr4(), vars, choice));
            assertEquals(DesignAnalysis.Verdict.FAIL, a.verdict());
            double worst = a.linkBudgets().values().stream().flatMap(b -> b.pmdChecks().stream()).filter(c -> c.parameter().equals(parameter))
                    .mapToDouble(PmdCheck::value).min().orElseThrow();
            best = Math.max(best, worst);
        }
        assertEquals(best, r.infeasibility().bestAchievable(), 2e-3, r.infeasibility().message());
        assertTrue(best < r.infeasibility().bound(), r.infeasibility().message());
    }

    @Test
    void partsThatCannotRunTheLaneRateAreExcludedAndNamed() {
        TradeStudy study = new StudyBuilder("slow-lasers")
                .choice("laser", "LASER", "LAS-VCSEL-850-26")
                .minimise(Metric.MODULE_POWER_W).build();
        StudyResult r = solver.explore(Fixtures.dr4(), study, 60, ProgressMonitor.NONE);
        assertFalse(r.feasible());
        assertTrue(r.infeasibility().message().contains("no option of laser"), r.infeasibility().message());
        assertTrue(r.infeasibility().message().contains("28.00 GBd"), r.infeasibility().message());
    }

    /**
     * Without its own limitC a node's limit is the lowest junction limit of its parts, which a choice can change (here
     * removing the DSP leaves its node without any limit): the solver holds node limits fixed, so it refuses the study.
     */
    @Test
    void aChoiceThatChangesANodeLimitIsRefusedNotApproximated() {
        var design = Fixtures.dr4();
        design.getThermalNetwork().getNodes().stream().filter(n -> "tj-dsp".equals(n.getId())).findFirst().orElseThrow().setLimitC(null);
        TradeStudy study = new StudyBuilder("dsp-or-linear").choice("dsp", "DSP", "DSP-5NM-8X100", "NONE").minimise(Metric.MODULE_POWER_W).build();
        StudyInputException e = assertThrows(StudyInputException.class, () -> solver.explore(design, study, 10, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("tj-dsp") && e.getMessage().contains("limitC"), e.getMessage());
    }

    @Test
    void badInputNamesTheElementAndValue() {
        TradeStudy unknownPart = new StudyBuilder("bad").choice("laser", "LASER", "LAS-NO-SUCH").minimise(Metric.MODULE_POWER_W).build();
        StudyInputException e = assertThrows(StudyInputException.class,
                () -> solver.explore(Fixtures.dr4(), unknownPart, 10, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("LAS-NO-SUCH") && e.getMessage().contains("laser"), e.getMessage());
        TradeStudy wrongKind = new StudyBuilder("bad").choice("laser", "LASER", "TIA-LIN-53").minimise(Metric.MODULE_POWER_W).build();
        e = assertThrows(StudyInputException.class, () -> solver.explore(Fixtures.dr4(), wrongKind, 10, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("TIA-LIN-53 is a TIA"), e.getMessage());
        TradeStudy badReach = new StudyBuilder("bad").reach("reach", "-5").minimise(Metric.MODULE_POWER_W).build();
        e = assertThrows(StudyInputException.class, () -> solver.explore(Fixtures.dr4(), badReach, 10, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("-5"), e.getMessage());
        TradeStudy noObjective = new StudyBuilder("bad").reach("reach", "500").build();
        e = assertThrows(StudyInputException.class, () -> solver.explore(Fixtures.dr4(), noObjective, 10, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("no objectives"), e.getMessage());
        e = assertThrows(StudyInputException.class, () -> TradeStudySolver.study(Fixtures.dr4(), "missing"));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }
}
