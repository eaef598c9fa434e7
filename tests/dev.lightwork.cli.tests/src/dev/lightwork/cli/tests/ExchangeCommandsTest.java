package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.lightwork.cli.LightworkCommand;

/** {@code lightwork export}, {@code import} and {@code diff} as a user runs them. */
class ExchangeCommandsTest {

    @TempDir
    static Path dir;
    static Map<String, Path> examples;

    @BeforeAll
    static void writeExamples() throws Exception {
        examples = Designs.writeExamples(dir);
    }

    @Test
    void exportWritesTheWorkbookAndImportOfItChangesNothing() throws Exception {
        Path design = examples.get("800g-lpo-osfp");
        Path out = Files.createDirectories(dir.resolve("xlsx"));
        Designs.Run run = Designs.run("export", "--format", "xlsx", design.toString(), "-o", out.toString());
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.err());
        Path xlsx = out.resolve("800g-lpo-osfp.xlsx");
        assertEquals(xlsx.toString(), run.out().strip());
        byte[] zip = Files.readAllBytes(xlsx);
        assertEquals("PK", new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
        byte[] before = Files.readAllBytes(design);
        Designs.Run imported = Designs.run("import", "--format", "xlsx", xlsx.toString(), "--into", design.toString());
        assertEquals(LightworkCommand.EXIT_OK, imported.exitCode(), imported.err());
        assertEquals("no changes", imported.out().strip());
        assertArrayEquals(before, Files.readAllBytes(design), "an unchanged workbook leaves the file untouched");
    }

    @Test
    void importPartsReadsThePartsSheetIntoACatalogueFileNeverIntoADesign() throws Exception {
        Path design = examples.get("800g-lpo-osfp");
        Path out = Files.createDirectories(dir.resolve("parts"));
        Designs.Run export = Designs.run("export", "--format", "xlsx", design.toString(), "-o", out.toString());
        assertEquals(LightworkCommand.EXIT_OK, export.exitCode(), export.err());
        Path xlsx = out.resolve("800g-lpo-osfp.xlsx");
        Path csv = out.resolve("team-parts.csv");
        Designs.Run empty = Designs.run("import", "--format", "xlsx", "--parts", xlsx.toString(), "--into", csv.toString());
        assertEquals(LightworkCommand.EXIT_OK, empty.exitCode(), empty.err());
        assertTrue(empty.out().contains("no parts in the Parts sheet"), empty.out());
        assertTrue(!Files.exists(csv), "nothing to write");
        byte[] before = Files.readAllBytes(design);
        Designs.Run wrong = Designs.run("import", "--format", "xlsx", "--parts", xlsx.toString(), "--into", design.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, wrong.exitCode());
        assertTrue(wrong.err().contains("writes a catalogue CSV file, not the design"), wrong.err());
        assertArrayEquals(before, Files.readAllBytes(design));
    }

    @Test
    void importOfSomethingThatIsNoWorkbookExitsTwoAndLeavesTheDesign() throws Exception {
        Path design = examples.get("400g-dr4-qsfpdd");
        byte[] before = Files.readAllBytes(design);
        Path bogus = Files.writeString(dir.resolve("bogus.xlsx"), "not a zip");
        Designs.Run run = Designs.run("import", "--format", "xlsx", bogus.toString(), "--into", design.toString());
        assertEquals(LightworkCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("not a readable .xlsx workbook") && run.err().contains("unchanged"), run.err());
        assertArrayEquals(before, Files.readAllBytes(design));
    }

    @Test
    void diffListsTheChangeAndItsEffectInTextAndJson() throws Exception {
        Path before = examples.get("800g-dr8-osfp");
        Path after = Designs.variant(before, dir.resolve("800g-dr8-osfp-longer.lightwork"), "lengthM=\"500.0\"", "lengthM=\"2000.0\"");
        Designs.Run text = Designs.run("diff", before.toString(), after.toString());
        assertEquals(LightworkCommand.EXIT_OK, text.exitCode(), text.err());
        assertTrue(text.out().contains("Length [lengthM]: 500 m -> 2000 m"), text.out());
        assertTrue(text.out().contains("Lane margins changed: "), text.out());
        Designs.Run json = Designs.run("diff", "--format", "json", before.toString(), after.toString());
        assertEquals(LightworkCommand.EXIT_OK, json.exitCode(), json.err());
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        JsonObject first = o.getAsJsonArray("changes").get(0).getAsJsonObject();
        assertEquals("lengthM", first.get("feature").getAsString());
        assertEquals("m", first.get("unit").getAsString());
        double delta = o.getAsJsonObject("results").getAsJsonObject("laneMarginsDb").entrySet().iterator().next().getValue().getAsJsonObject()
                .get("delta").getAsDouble();
        assertTrue(delta < 0, "a longer fibre costs margin: " + delta);
        Designs.Run conv = Designs.run("diff", "--textconv", after.toString());
        assertEquals(LightworkCommand.EXIT_OK, conv.exitCode(), conv.err());
        assertTrue(conv.out().contains(".lengthM = 2000.0 m"), conv.out());
        Designs.Run noRepo = Designs.run("diff", after.toString(), "--git", "HEAD~1");
        assertEquals(LightworkCommand.EXIT_USAGE, noRepo.exitCode());
        assertTrue(noRepo.err().contains("not in a Git repository"), noRepo.err());
    }
}
