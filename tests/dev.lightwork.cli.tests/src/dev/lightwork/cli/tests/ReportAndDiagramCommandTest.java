package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import dev.lightwork.cli.LightworkCommand;

/** {@code lightwork report} and {@code lightwork diagram} on the examples, a failing design, a revision and bad input. */
class ReportAndDiagramCommandTest {

    @TempDir
    static Path dir;
    static Map<String, Path> examples;

    @BeforeAll
    static void writeExamples() throws IOException {
        examples = Designs.writeExamples(dir);
    }

    private static Document xml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // <!DOCTYPE html>
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void reportOfAPassingDesignHasItsDiagramsAndExitsZero() throws Exception {
        Path out = Files.createDirectories(dir.resolve("reports"));
        Designs.Run run = Designs.run("report", "--format", "both", "-o", out.toString(), examples.get("400g-dr4-qsfpdd").toString());
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.err());
        Path html = out.resolve("400g-dr4-qsfpdd-report.html");
        Path pdf = out.resolve("400g-dr4-qsfpdd-report.pdf");
        assertEquals(List.of(html.toString(), pdf.toString()), run.out().lines().toList());
        Document doc = xml(html); // well-formed XHTML
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("400G-DR4 QSFP-DD"), "design name");
        // the three diagrams of the diagram bundle are inline SVG figures
        int svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength();
        assertTrue(svgs >= 3 + 2, "architecture, link and thermal diagrams plus the waterfall and power charts: " + svgs);
        assertTrue(text.contains("Architecture") && text.contains("Thermal network") && text.contains("worst lane"), "figure titles");
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void failingDesignStillGetsItsReportAndExitsOne() throws Exception {
        Path weak = Designs.variant(examples.get("400g-dr4-qsfpdd"), dir.resolve("weak.lightwork"), "outputPowerDbm=\"[0-9.]+\"",
                "outputPowerDbm=\"-6.0\"");
        Path out = Files.createDirectories(dir.resolve("weak-report"));
        Designs.Run run = Designs.run("report", "-o", out.toString(), weak.toString());
        assertEquals(LightworkCommand.EXIT_VIOLATIONS, run.exitCode(), run.err());
        String html = Files.readString(out.resolve("weak-report.html"));
        assertTrue(html.contains("FAIL") && html.contains("link margin"), "the verdict and the margin finding are in the report");
    }

    @Test
    void comparisonNamesTheChange() throws Exception {
        Path before = examples.get("800g-dr8-osfp");
        Path after = Designs.variant(before, dir.resolve("800g-dr8-osfp-v2.lightwork"), "lengthM=\"500.0\"", "lengthM=\"450.0\"");
        Path out = Files.createDirectories(dir.resolve("compare"));
        Designs.Run run = Designs.run("report", "--compare", before.toString(), "-o", out.toString(), after.toString());
        assertEquals(LightworkCommand.EXIT_OK, run.exitCode(), run.err());
        String text = xml(out.resolve("800g-dr8-osfp-v2-report.html")).getDocumentElement().getTextContent();
        assertTrue(text.contains("Length (m)") && text.contains("500") && text.contains("450"), "the changed fibre length, old and new");
    }

    @Test
    void everyDiagramKindAsSvgAndPng() throws Exception {
        Path out = Files.createDirectories(dir.resolve("diagrams"));
        Path cpo = examples.get("51p2t-cpo-engine");
        Designs.Run svg = Designs.run("diagram", "-o", out.toString(), cpo.toString());
        assertEquals(LightworkCommand.EXIT_OK, svg.exitCode(), svg.err());
        for (String kind : List.of("architecture", "link", "thermal")) {
            Path file = out.resolve("51p2t-cpo-engine-" + kind + ".svg");
            assertEquals("svg", xml(file).getDocumentElement().getLocalName(), kind);
        }
        Designs.Run png = Designs.run("diagram", "--kind", "thermal", "--format", "png", "--scale", "2", "-o", out.toString(),
                examples.get("400g-dr4-qsfpdd").toString());
        assertEquals(LightworkCommand.EXIT_OK, png.exitCode(), png.err());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve("400g-dr4-qsfpdd-thermal.png"))));
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Designs.Run missing = Designs.run("report", dir.resolve("nope.lightwork").toString());
        assertEquals(LightworkCommand.EXIT_USAGE, missing.exitCode());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("lightwork: ") && missing.err().contains("nope.lightwork"), missing.err());
        Designs.Run lane = Designs.run("diagram", "--kind", "link", "--lane", "lane99", "-o", dir.toString(),
                examples.get("400g-dr4-qsfpdd").toString());
        assertEquals(LightworkCommand.EXIT_USAGE, lane.exitCode());
        assertTrue(lane.err().contains("lane99"), lane.err());
        Designs.Run kind = Designs.run("diagram", "--kind", "floorplan", examples.get("400g-dr4-qsfpdd").toString());
        assertEquals(LightworkCommand.EXIT_USAGE, kind.exitCode());
    }
}
