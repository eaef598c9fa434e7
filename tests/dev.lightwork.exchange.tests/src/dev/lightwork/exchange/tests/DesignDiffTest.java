package dev.lightwork.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.exchange.DesignDiff;
import dev.lightwork.exchange.DesignText;
import dev.lightwork.exchange.GitRevisions;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.analysis.format.QuantityFormat;

/** The revision diff: element changes with units, swapped parts, added lanes, result moves; earlier revisions from Git. */
class DesignDiffTest {

    static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(LIBRARY);

    @TempDir
    Path dir;

    /** Issue 16 item 9, defect: the diff named kinds by their Ecore class ("(Tia)", "(ThermalPath)"). */
    @Test
    void diffNamedKindsByTheirClassName() throws Exception {
        TransceiverDesign before = DesignFiles.load(Sheets.example("400g-dr4-qsfpdd"));
        TransceiverDesign after = EcoreUtil.copy(before);
        after.getLanes().get(0).getTia().setPowerMw(after.getLanes().get(0).getTia().getPowerMw() + 10);
        var path = after.getThermalNetwork().getPaths().get(0);
        path.setResistanceKPerW(path.getResistanceKPerW() + 1);
        String text = DesignDiff.of(ANALYZER.analyze(before), ANALYZER.analyze(after)).text("v1", "v2");
        assertTrue(text.contains(" (TIA) Power [powerMw]: "), text);
        assertTrue(text.contains(" (Thermal path) Resistance [resistanceKPerW]: "), text);
        assertTrue(!text.contains("(Tia)") && !text.contains("(ThermalPath)"), text);
    }

    @Test
    void valueChangeSwappedPartAndAddedLaneAreListedWithTheirEffect() throws Exception {
        TransceiverDesign before = DesignFiles.load(Sheets.example("400g-dr4-qsfpdd"));
        TransceiverDesign after = EcoreUtil.copy(before);
        Laser laser0 = after.getLanes().get(0).getLaser();
        laser0.setOutputPowerDbm(laser0.getOutputPowerDbm() - 2.0);
        Lane lane1 = after.getLanes().get(1);
        lane1.setLaser(after.getLanes().get(2).getLaser());
        Lane extra = EcoreUtil.copy(after.getLanes().get(3));
        extra.setId("lane-extra");
        after.getLanes().add(extra);

        DesignDiff diff = DesignDiff.of(ANALYZER.analyze(before), ANALYZER.analyze(after));
        String text = diff.text("v1", "v2");
        assertTrue(text.contains(laser0.getId() + " (Laser) Output power [outputPowerDbm]: " + QuantityFormat.plain(laser0.getOutputPowerDbm() + 2.0)
                + " dBm -> " + QuantityFormat.plain(laser0.getOutputPowerDbm()) + " dBm"), text);
        assertTrue(diff.changes().stream().anyMatch(e -> e.category().equals("part swapped") && e.change().element().equals(lane1.getId())), text);
        assertTrue(diff.changes().stream().anyMatch(e -> e.category().equals("lane added") && e.change().element().equals("lane-extra")), text);
        DesignDiff.Move m0 = diff.laneMargins().get(after.getLanes().get(0).getId());
        assertEquals(-2.0, m0.delta(), 1e-9, "a 2 dB weaker laser costs lane 0 2 dB of margin");
        assertTrue(Double.isNaN(diff.laneMargins().get("lane-extra").before()));
        assertTrue(text.contains("Lane margins changed: "), text);
        assertTrue(text.contains("    LW-LINK-MARGIN: "), "every rule is listed: " + text);
        assertTrue(diff.ruleErrors().values().stream().anyMatch(m -> m.after() > m.before()), "a rule now fails: " + text);
    }

    @Test
    void identicalRevisionsHaveNoChanges() throws Exception {
        TransceiverDesign d = DesignFiles.load(Sheets.example("800g-lpo-osfp"));
        DesignDiff diff = DesignDiff.of(ANALYZER.analyze(d), ANALYZER.analyze(EcoreUtil.copy(d)));
        assertTrue(diff.identical());
        assertTrue(diff.text("a", "b").contains("Model changes (0):\n  none"));
    }

    @Test
    void earlierRevisionIsReadFromTheRepositoryTheFileLivesIn() throws Exception {
        Path file = dir.resolve("designs/dr4.lightwork");
        Files.createDirectories(file.getParent());
        Files.copy(Sheets.example("400g-dr4-qsfpdd"), file);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("designs/dr4.lightwork").call();
            git.commit().setMessage("v1").setAuthor("Test", "test@example.org").setCommitter("Test", "test@example.org").setSign(false).call();
            TransceiverDesign d = DesignFiles.load(file);
            d.getLanes().get(0).setTdecqDb(3.0);
            DesignFiles.save(d, file);
            assertTrue(GitRevisions.describe(file).orElseThrow().endsWith(", modified"), GitRevisions.describe(file).toString());
            git.add().addFilepattern("designs/dr4.lightwork").call();
            git.commit().setMessage("v2").setAuthor("Test", "test@example.org").setCommitter("Test", "test@example.org").setSign(false).call();
        }
        TransceiverDesign v1 = GitRevisions.load(file, "HEAD~1");
        assertTrue(EcoreUtil.equals(DesignFiles.load(Sheets.example("400g-dr4-qsfpdd")), v1));
        assertEquals(3.0, GitRevisions.load(file, "HEAD").getLanes().get(0).getTdecqDb());
        assertTrue(GitRevisions.describe(file).orElseThrow().matches("[0-9a-f]{7} \\(\\d{4}-\\d\\d-\\d\\d\\)"), GitRevisions.describe(file).toString());
        var e = assertThrows(GitRevisions.RevisionException.class, () -> GitRevisions.load(file, "no-such-tag"));
        assertTrue(e.getMessage().contains("no revision 'no-such-tag'"), e.getMessage());
        Path outside = Files.createTempFile("outside", ".lightwork");
        assertTrue(GitRevisions.describe(outside).isEmpty(), "a file outside any repository has no revision");
        Files.delete(outside);
    }

    @Test
    void previousRevisionIsTheLastCommitWhenModifiedElseTheOneBefore() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        Files.copy(Sheets.example("400g-dr4-qsfpdd"), file);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            var e = assertThrows(GitRevisions.RevisionException.class, () -> GitRevisions.previous(file));
            assertTrue(e.getMessage().contains("no committed revision"), e.getMessage());
            git.add().addFilepattern("dr4.lightwork").call();
            var v1 = git.commit().setMessage("First review").setAuthor("T", "t@example.org").setCommitter("T", "t@example.org").setSign(false).call();
            e = assertThrows(GitRevisions.RevisionException.class, () -> GitRevisions.previous(file));
            assertTrue(e.getMessage().contains("single committed revision"), e.getMessage());

            TransceiverDesign d = DesignFiles.load(file);
            d.getLanes().get(0).setTdecqDb(3.0);
            DesignFiles.save(d, file);
            GitRevisions.Revision modified = GitRevisions.previous(file);
            assertEquals(v1.name(), modified.commit(), "a modified working copy compares with the last commit");
            assertTrue(modified.label().endsWith("First review") && modified.against().startsWith("the working copy"), modified.toString());

            git.add().addFilepattern("dr4.lightwork").call();
            var v2 = git.commit().setMessage("TDECQ 3 dB").setAuthor("T", "t@example.org").setCommitter("T", "t@example.org").setSign(false).call();
            GitRevisions.Revision clean = GitRevisions.previous(file);
            assertEquals(v1.name(), clean.commit(), "a clean file compares with the commit before its last one");
            assertTrue(clean.against().startsWith(v2.abbreviate(7).name()), clean.toString());
            assertEquals(3.0, DesignFiles.load(file).getLanes().get(0).getTdecqDb());
        }
    }

    @Test
    void textconvListsEveryInputWithItsUnitAndTheResults() throws Exception {
        TransceiverDesign d = DesignFiles.load(Sheets.example("400g-dr4-qsfpdd"));
        String text = DesignText.of(ANALYZER.analyze(d), LIBRARY);
        Laser l = d.getLanes().get(0).getLaser();
        assertTrue(text.contains(l.getId() + ".outputPowerDbm = " + l.getOutputPowerDbm() + " dBm\n"), text);
        assertTrue(text.contains("result " + d.getLanes().get(0).getId() + ".margin = "), text);
        assertTrue(text.contains("result verdict = "), text);
    }
}
