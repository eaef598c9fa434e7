package dev.lightwork.analysis.tests.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.design.LiveDesignAnalysis;
import dev.lightwork.analysis.design.LiveDesignAnalysis.Refresh;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;

class LiveDesignAnalysisTest {

    private final DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());

    private void assertSameAsFull(LiveDesignAnalysis live, String what) {
        DesignAnalysis incremental = live.analysis();
        DesignAnalysis full = analyzer.analyze(live.design());
        assertEquals(List.copyOf(full.linkBudgets().keySet()), List.copyOf(incremental.linkBudgets().keySet()), what);
        assertEquals(List.copyOf(full.linkBudgets().values()), List.copyOf(incremental.linkBudgets().values()), what);
        assertEquals(full.power(), incremental.power(), what);
        assertEquals(full.thermal(), incremental.thermal(), what);
        assertEquals(describe(full.diagnostics()), describe(incremental.diagnostics()), what);
    }

    private static List<String> describe(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.getSeverity() + " " + d.getMessage() + " " + d.getData()).toList();
    }

    @Test
    void laserEditReevaluatesOnlyItsLane() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        try (LiveDesignAnalysis live = new LiveDesignAnalysis(analyzer, d)) {
            live.analysis();
            assertEquals(new Refresh(4, true, true), live.lastRefresh());
            DesignAnalysis before = live.analysis();
            assertEquals(new Refresh(0, false, false), live.lastRefresh());
            d.getLanes().get(2).getLaser().setOutputPowerDbm(-1.0);
            DesignAnalysis after = live.analysis();
            assertEquals(new Refresh(1, false, false), live.lastRefresh());
            assertSame(before.linkBudget(d.getLanes().get(0)), after.linkBudget(d.getLanes().get(0)), "untouched lanes are reused");
            assertTrue(after.linkBudget(d.getLanes().get(2)).marginDb() < before.linkBudget(d.getLanes().get(2)).marginDb());
            assertSameAsFull(live, "after the laser edit");
        }
    }

    @Test
    void sharedLaserSourceDirtiesEveryLaneItFeeds() {
        TransceiverDesign d = ReferenceDesigns.cpo51200G();
        try (LiveDesignAnalysis live = new LiveDesignAnalysis(analyzer, d)) {
            live.analysis();
            Laser source = d.getLanes().get(100).getLaser();
            long fed = d.getLanes().stream().filter(l -> l.getLaser() == source).count();
            assertTrue(fed > 1 && fed < d.getLanes().size(), "an external source feeds several lanes: " + fed);
            source.setOutputPowerDbm(source.getOutputPowerDbm() - 0.5);
            live.analysis();
            assertEquals(new Refresh((int) fed, false, false), live.lastRefresh());
            assertSameAsFull(live, "after the source edit");
        }
    }

    @Test
    void heatReachesOnlyTheLanesWhoseLaserNodeWarms() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        try (LiveDesignAnalysis live = new LiveDesignAnalysis(analyzer, d)) {
            live.analysis();
            Dsp dsp = (Dsp) d.getComponents().stream().filter(c -> c instanceof Dsp).findFirst().orElseThrow();
            dsp.setPowerMw(dsp.getPowerMw() + 1000.0); // the DSP has its own path to the case: lasers stay put
            live.analysis();
            assertEquals(new Refresh(0, true, true), live.lastRefresh());
            assertSameAsFull(live, "after the DSP power edit");
            d.getLanes().get(0).getLaser().setPowerMw(d.getLanes().get(0).getLaser().getPowerMw() + 200.0); // the TOSA warms
            live.analysis();
            assertEquals(new Refresh(4, true, true), live.lastRefresh());
            assertSameAsFull(live, "after the laser power edit");
        }
    }

    /** Property: whatever is edited, the incremental result equals a full analysis of the edited model. */
    @Test
    void randomEditsAlwaysMatchAFullAnalysis() {
        Random random = new Random(20261125);
        for (var template : ReferenceDesigns.TEMPLATES.entrySet()) {
            TransceiverDesign d = template.getValue().get();
            try (LiveDesignAnalysis live = new LiveDesignAnalysis(analyzer, d)) {
                live.analysis();
                for (int step = 0; step < 40; step++) {
                    String edit = edit(d, random);
                    assertSameAsFull(live, template.getKey() + " step " + step + ": " + edit);
                }
            }
        }
    }

    private static String edit(TransceiverDesign d, Random random) {
        Lane lane = d.getLanes().get(random.nextInt(d.getLanes().size()));
        Component part = d.getComponents().get(random.nextInt(d.getComponents().size()));
        switch (random.nextInt(12)) {
            case 0 -> lane.getLaser().setOutputPowerDbm(-3.0 + 6.0 * random.nextDouble());
            case 1 -> lane.setTdecqDb(1.0 + 3.0 * random.nextDouble());
            case 2 -> lane.getChannel().setLengthM(2000.0 * random.nextDouble());
            case 3 -> part.setPowerMw(part.getPowerMw() == null ? 100.0 : part.getPowerMw() * (0.5 + random.nextDouble()));
            case 4 -> d.getThermalNetwork().getPaths().get(random.nextInt(d.getThermalNetwork().getPaths().size()))
                    .setResistanceKPerW(1.0 + 15.0 * random.nextDouble());
            case 5 -> d.setRequiredMarginDb(random.nextDouble() * 2.0);
            case 6 -> d.setMsaPowerClass(random.nextInt(8));
            case 7 -> lane.setLaser(d.getLanes().get(random.nextInt(d.getLanes().size())).getLaser());
            case 8 -> {
                if (d.getLanes().size() > 1) {
                    EcoreUtil.remove(lane);
                }
            }
            case 9 -> {
                Lane copy = EcoreUtil.copy(lane);
                copy.setId(lane.getId() + "-copy" + random.nextInt(1_000_000));
                d.getLanes().add(copy);
            }
            case 10 -> {
                if (!lane.getChannel().getConnectors().isEmpty()) {
                    var c = lane.getChannel().getConnectors().get(0);
                    c.setInsertionLossDb(c.getInsertionLossDb() + 0.3);
                }
            }
            default -> d.setCaseTemperatureMaxC(60.0 + 20.0 * random.nextDouble());
        }
        return d.getId() + " " + lane.getId() + " " + part.getId();
    }
}
