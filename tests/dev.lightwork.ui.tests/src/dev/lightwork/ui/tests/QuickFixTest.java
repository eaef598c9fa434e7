package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Lane;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.fixes.DesignQuickFixes;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * The connector, channel-length and heat-path quick fixes on designs broken on purpose, each applied to a closed
 * file (the fix loads, changes and saves it) and checked against an independent calculation.
 */
class QuickFixTest {

    private static final String PROJECT = "quickfix-tests";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void lowestLossConnectorReplacesAStandardGradeConnector() throws Exception {
        CatalogPart standard = WorkbenchAnalyzer.library().requirePart("CON-MPO12-STD");
        CatalogPart lowLoss = WorkbenchAnalyzer.library().requirePart("CON-MPO12-LL");
        double saving = standard.require("insertion_loss_db") - lowLoss.require("insertion_loss_db");
        IFile file = broken("connector.lightwork", design -> {
            Connector mpo = design.getLanes().get(0).getChannel().getConnectors().get(0);
            mpo.setCatalogPart(standard.id());
            mpo.setInsertionLossDb(standard.require("insertion_loss_db"));
            // more MPI penalty so lane margins miss the requirement by half the connector saving (launch and
            // receive powers stay inside the PMD's tables, so only the margin fails)
            Channel smf = design.getLanes().get(0).getChannel();
            double margin = analyze(design).worstLane().orElseThrow().marginDb();
            smf.setMpiPenaltyDb(smf.getMpiPenaltyDb() + margin - required(design) + saving / 2);
        });
        IMarker marker = linkMarker(file, "lane0");
        resolution(marker, "Use the lowest-loss catalogue connectors").run(marker);

        TransceiverDesign fixed = load(file);
        Connector mpo = fixed.getLanes().get(0).getChannel().getConnectors().get(0);
        assertEquals(lowLoss.id(), mpo.getCatalogPart());
        assertEquals(lowLoss.require("insertion_loss_db"), mpo.getInsertionLossDb(), 1e-12);
        assertTrue(analyze(fixed).linkBudget(fixed.getLanes().get(0)).passes(required(fixed)));
        Workbench.waitUntilValidated("the link markers to go", () -> Workbench.markers(file, "link", "lane0").isEmpty());
    }

    @Test
    void shortenTheChannelByTheFibreLengthOfTheShortfall() throws Exception {
        IFile file = broken("channel.lightwork", design -> {
            Channel smf = design.getLanes().get(0).getChannel();
            smf.setAttenuationDbPerKm(1.0);
            // lengthen the fibre so that the lanes miss the margin by about 0.5 dB
            double margin = analyze(design).worstLane().orElseThrow().marginDb();
            smf.setLengthM(Math.rint(smf.getLengthM() + (margin - required(design) + 0.5) * 1000.0));
        });
        TransceiverDesign broken = load(file);
        Channel channel = broken.getLanes().get(0).getChannel();
        LinkBudget lane0 = analyze(broken).linkBudget(broken.getLanes().get(0));
        double shortfall = required(broken) - lane0.marginDb();
        assertTrue(shortfall > 0 && shortfall < 2.0, "the long channel breaks the link by a recoverable amount: " + shortfall);
        // the long channel also exceeds 400GBASE-DR4's channel insertion loss; the fix must cure both
        double ilMax = WorkbenchAnalyzer.library().pmd("400GBASE-DR4").orElseThrow().value("channel_il_max_db").getAsDouble();
        double ilExcess = lane0.channelInsertionLossDb() - ilMax;
        // 1.0 dB/km: each dB is 1000 m; rounded down to whole metres
        // and never longer than the PMD's operating range (500 m for DR4)
        double reachMax = WorkbenchAnalyzer.library().pmd("400GBASE-DR4").orElseThrow().value("reach_m").getAsDouble();
        double expected = Math.floor(Math.min(channel.getLengthM() - Math.max(shortfall, ilExcess) * 1000.0, reachMax));

        IMarker marker = linkMarker(file, "lane0");
        resolution(marker, "Shorten channel " + channel.getId()).run(marker);
        TransceiverDesign fixed = load(file);
        assertEquals(expected, fixed.getLanes().get(0).getChannel().getLengthM(), 1e-9);
        assertTrue(analyze(fixed).linkBudget(fixed.getLanes().get(0)).passes(required(fixed)));
    }

    @Test
    void heatSinkPathBringsAnOverheatedJunctionToItsLimit() throws Exception {
        IFile file = broken("thermal.lightwork", design -> design.getThermalNetwork().getPaths().stream()
                .filter(p -> p.getFrom().getId().equals("tj-dsp")).findFirst().orElseThrow().setResistanceKPerW(20.0));
        TransceiverDesign broken = load(file);
        ThermalSolution hot = analyze(broken).thermal();
        ThermalNode dsp = broken.getThermalNetwork().getNodes().stream().filter(n -> n.getId().equals("tj-dsp")).findFirst().orElseThrow();
        assertTrue(hot.overLimit().contains("tj-dsp"), "the DSP junction is over its limit: " + hot.temperatureC());
        // the DSP junction has one path (20 K/W) to the case: T = Tcase + Q * R, so the parallel path needed is
        // 1/(1/Rneeded - 1/20) with Rneeded = (limit - Tcase) / Q
        double q = hot.heatW().get("tj-dsp");
        double caseC = broken.getThermalNetwork().getNodes().stream().filter(n -> n.getId().equals("case")).findFirst().orElseThrow().getTemperatureC();
        double needed = (dsp.getLimitC() - caseC) / q;
        double exact = 1.0 / (1.0 / needed - 1.0 / 20.0);

        IMarker marker = Workbench.waitFor("the thermal marker", () -> Workbench.markers(file, "thermal", "tj-dsp").stream().findFirst().orElse(null));
        resolution(marker, "Add a heat-sink path tj-dsp -> case").run(marker);
        TransceiverDesign fixed = load(file);
        ThermalPath added = fixed.getThermalNetwork().getPaths().get(fixed.getThermalNetwork().getPaths().size() - 1);
        assertEquals("tj-dsp", added.getFrom().getId());
        assertEquals("case", added.getTo().getId());
        assertTrue(added.getResistanceKPerW() <= exact && added.getResistanceKPerW() >= 0.9 * exact,
                added.getResistanceKPerW() + " K/W against the exact " + exact);
        assertTrue(analyze(fixed).thermal().temperatureC().get("tj-dsp") <= dsp.getLimitC());
        Workbench.waitUntilValidated("the thermal marker to go", () -> Workbench.markers(file, "thermal", "tj-dsp").isEmpty());
    }

    private static IFile broken(String name, Consumer<TransceiverDesign> breakIt) throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, name);
        Path path = file.getLocation().toFile().toPath();
        TransceiverDesign design = DesignFiles.load(path);
        breakIt.accept(design);
        DesignFiles.save(design, path);
        file.refreshLocal(0, null);
        return file;
    }

    private static IMarker linkMarker(IFile file, String laneId) {
        return Workbench.waitFor("the link marker of " + laneId, () -> Workbench.markers(file, "link", laneId).stream()
                .filter(m -> DesignRule.LINK_MARGIN.id().equals(m.getAttribute(DesignMarkers.RULE, null))).findFirst().orElse(null));
    }

    private static IMarkerResolution resolution(IMarker marker, String labelStart) {
        IMarkerResolution[] all = new DesignQuickFixes().getResolutions(marker);
        return Arrays.stream(all).filter(r -> r.getLabel().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + labelStart + "' in " + Arrays.stream(all).map(IMarkerResolution::getLabel).toList()));
    }

    private static TransceiverDesign load(IFile file) throws Exception {
        return DesignFiles.load(file.getLocation().toFile().toPath());
    }

    private static DesignAnalysis analyze(TransceiverDesign design) {
        return WorkbenchAnalyzer.analyzer().analyze(design);
    }

    private static double required(TransceiverDesign design) {
        return design.getRequiredMarginDb() == null ? 0 : design.getRequiredMarginDb();
    }
}
