package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lightwork.cli.tests.Designs.Run;

/**
 * Issue 14 item 4: NaN/infinite limits, negative counts, losses and penalties, ER 1e308, zero lanes are input errors
 * (exit 2) naming file:line:col, element, attribute and value; never a pass. Ids with ':' or '#' are refused,
 * never silent proxies. A file's verdict does not depend on the files checked before it in the same JVM.
 */
class ImpossibleValuesNeverPassTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "impossible-nan-limit.lightwork|Thermal node 'tj-tosa' › Limit (°C) = NaN is not a finite number (attribute limitC in the file",
            "impossible-negative-splice-count.lightwork|Channel 'smf' › Splice count = -3 is outside the physical range 0 .. 1000 count (attribute spliceCount",
            "impossible-negative-tdecq.lightwork|Lane 'lane1' › TDECQ (dB) = -1.5 is outside the physical range 0 .. 20 dB (attribute tdecqDb",
            "impossible-negative-penalty.lightwork|Channel 'smf' › MPI penalty (dB) = -4 is outside the physical range 0 .. 20 dB (attribute mpiPenaltyDb",
            "impossible-er-1e308.lightwork|Laser 'las0' › Extinction ratio (dB) = 1.0E308 is outside the physical range 0 .. 30 dB (attribute extinctionRatioDb",
            "impossible-zero-lanes.lightwork|Host interface › Lane count = 0 is outside the physical range 1 .. 1024 lanes (attribute laneCount",
            "impossible-infinite-resistance.lightwork|Thermal path tj-tosa → case › Resistance (K/W) = Infinity is not a finite number (attribute resistanceKPerW"})
    void impossibleValueIsBadInputNamingElementAttributeAndValue(String fixture, String expected) throws IOException {
        Path file = Fixtures.copy(fixture, dir, 0);
        Run run = Designs.run("validate", "-f", "json", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String line = run.err().strip();
        assertTrue(line.contains(expected), line);
        assertTrue(Pattern.compile("^lightwork: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: ").matcher(line).find(), line);
        assertTrue(run.out().contains("\"verdict\": \"error\""), run.out());
    }

    @ParameterizedTest
    @CsvSource({"impossible-id-with-colon.lightwork,las:0", "impossible-id-with-hash.lightwork,las#0"})
    void idWithColonOrHashIsRefusedNeverASilentProxy(String fixture, String id) throws IOException {
        Path file = Fixtures.copy(fixture, dir, 0);
        Run run = Designs.run("validate", file.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        String all = run.out() + run.err();
        assertTrue(Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: (id '" + Pattern.quote(id) + "'|reference to )").matcher(all).find(), all);
    }

    /** Every example, checked alone and after every hostile fixture in the same JVM, gets the same verdict. */
    @Test
    void verdictDoesNotDependOnTheFilesCheckedBefore() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        List<String> alone = new ArrayList<>();
        for (Path p : examples.values()) {
            alone.add(verdicts(Designs.run("validate", "-f", "json", p.toString()).out()));
        }
        List<String> args = new ArrayList<>(List.of("validate", "-f", "json", "-j", "1"));
        for (String f : new String[] {"no-network-schema-location.lightwork", "no-network-root-namespace-url.lightwork",
                "impossible-id-with-colon.lightwork", "impossible-nan-limit.lightwork", "no-network-laser-over-http.lightwork"}) {
            args.add(Fixtures.copy(f, dir, 9).toString());
        }
        examples.values().forEach(p -> args.add(p.toString()));
        String after = verdicts(Designs.run(args.toArray(String[]::new)).out());
        assertTrue(after.endsWith(String.join("", alone)), after + " vs " + alone);
    }

    private static String verdicts(String json) {
        StringBuilder b = new StringBuilder();
        var m = Pattern.compile("\"verdict\": \"(\\w+)\"").matcher(json);
        while (m.find()) {
            b.append(m.group(1)).append(';');
        }
        return b.toString();
    }
}
