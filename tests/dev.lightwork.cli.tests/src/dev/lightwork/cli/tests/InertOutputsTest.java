package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.google.gson.JsonParser;

import dev.lightwork.cli.tests.Designs.Run;

/**
 * Issue 14 item 5: ids and names that try to inject markup, forge summary lines, send terminal escapes or carry
 * characters XML 1.0 forbids come out inert: every SVG/XHTML/XML output parses, no element was injected, text has
 * no extra lines and no control characters, the PDF is written.
 */
class InertOutputsTest {

    @TempDir
    Path dir;

    @Test
    void hostileStringsAreInertInEveryOutput() throws Exception {
        Path file = Fixtures.copy("inert-outputs-hostile-strings.lightwork", dir, 0);
        Path out = Files.createDirectories(dir.resolve("out"));

        Run text = Designs.run("validate", file.toString());
        assertTrue(text.exitCode() <= 1, text.out() + text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.matches("\\d+ designs?: .*")).count(), "one summary line:\n" + text.out());
        assertFalse(text.out().chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x01 || c == 0x202E), "no control characters");

        for (String format : new String[] {"junit", "sarif", "json"}) {
            Run r = Designs.run("validate", "-f", format, "-o", out.resolve("r." + format).toString(), file.toString());
            assertTrue(r.exitCode() <= 1, format + ": " + r.err());
        }
        parseXml(out.resolve("r.junit"));
        JsonParser.parseString(Files.readString(out.resolve("r.sarif")));
        JsonParser.parseString(Files.readString(out.resolve("r.json")));

        Run diagrams = Designs.run("diagram", "-o", out.toString(), file.toString());
        assertTrue(diagrams.exitCode() <= 1, diagrams.err());
        Run report = Designs.run("report", "--format", "both", "-o", out.toString(), file.toString());
        assertTrue(report.exitCode() <= 1, report.err());
        assertFalse(report.err().contains("Exception"), report.err());

        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".svg") || name.endsWith(".html")) {
                    Document d = parseXml(p);
                    NodeList scripts = d.getElementsByTagNameNS("*", "script");
                    assertEquals(0, scripts.getLength(), name + " has an injected <script>");
                    assertEquals(0, d.getElementsByTagName("script").getLength(), name + " has an injected <script>");
                }
            }
        }
        assertTrue(Files.size(out.resolve("inert-outputs-hostile-strings-report.pdf")) > 1000);
        assertTrue(new String(Files.readAllBytes(out.resolve("inert-outputs-hostile-strings-report.pdf")), 0, 5).startsWith("%PDF-"));
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the XHTML report declares <!DOCTYPE html> (no external subset); never fetch anything
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)), file.toString());
    }
}
