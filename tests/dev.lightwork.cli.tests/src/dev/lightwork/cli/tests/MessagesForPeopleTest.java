package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lightwork.cli.tests.Designs.Run;

/**
 * Issue 14 item 7: every error names file:line:col and the problem in words; no Java object dumps or exception class
 * names. The fixtures are the fuzz findings that had no line or showed a parser exception class.
 */
class MessagesForPeopleTest {

    private static final Pattern JAVA = Pattern.compile("dev\\.lightwork\\.model\\.impl|Exception\\b|org\\.xml\\.sax|com\\.sun\\.|java\\.lang\\.|@[0-9a-f]{5,}"
            + "|\\b(ThermalPath|ThermalNode|EDouble\\w*|EInt\\w*|FecScheme|FormFactor)\\b|\\bnull\\b|Invalid byte");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "messages-unknown-encoding.lightwork|the XML declaration names the encoding 'true', which Lightwork cannot read (use UTF-8)",
            "messages-escaped-id.lightwork|of Lane contains ':', '#' or a space",
            "messages-wrong-reference-kind.lightwork|to of element Thermal path names 'las0', a Laser, but must name a Thermal node",
            "messages-invalid-utf8.lightwork|the file is not UTF-8 text here (a byte sequence that is not a character"})
    void errorNamesFileLineColumnInWords(String fixture, String words) throws IOException {
        Path file = Fixtures.copy(fixture, dir, 0);
        Run run = Designs.run("validate", "-f", "json", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        String line = run.err().strip();
        assertTrue(Pattern.compile("^lightwork: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: ").matcher(line).find(), line);
        assertTrue(line.contains(words), line);
        assertFalse(JAVA.matcher(line).find(), line);
    }
}
