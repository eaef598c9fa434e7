package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lightwork.cli.LightworkCommand;

class LightworkCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LightworkCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void versionNamesProductAndBundleVersion() {
        assertEquals(LightworkCommand.EXIT_OK, run("--version"));
        String text = out.toString();
        assertTrue(text.startsWith("Lightwork "), text);
        // The bundle version comes from the manifest (0.1.0.<qualifier>), not a constant in code.
        assertTrue(text.matches("(?s)Lightwork \\d+\\.\\d+\\.\\d+.*"), text);
        assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
    }

    @Test
    void helpPrintsUsageWithExitCodes() {
        assertEquals(LightworkCommand.EXIT_OK, run("--help"));
        assertTrue(out.toString().contains("Usage: lightwork"), out.toString());
        assertTrue(out.toString().contains("Exit codes: 0 ok, 1 design violations, 2 bad input or usage, 3 internal error"), out.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(LightworkCommand.EXIT_USAGE, run());
        assertTrue(err.toString().contains("Usage: lightwork"), err.toString());
        assertTrue(err.toString().contains("Missing command"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-option", "frobnicate"})
    void unknownInputIsAUsageErrorNamingIt(String arg) {
        assertEquals(LightworkCommand.EXIT_USAGE, run(arg));
        assertTrue(err.toString().contains(arg), err.toString());
    }
}
