package dev.lightwork.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * No copied code in the hand-written bundles (issue 15: "a duplication check over bundles/*&#47;src finds no copied
 * domain logic"): no run of {@value #RUN} statement lines appears twice. Blank lines, comments, imports, annotations
 * and lines of only braces are left out, so the run is of code that does something. Generated EMF code is exempt.
 * A run found here belongs in one method both places call.
 */
class CopiedCodeTest {

    static final int RUN = 6;

    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[{}();,\\s]*");

    private record Line(String file, int number, String text) {
    }

    @Test
    void noRunOfStatementsAppearsTwiceInHandWrittenBundles() throws IOException {
        Map<String, List<Line>> runs = new HashMap<>();
        for (Sources.Bundle b : Sources.BUNDLES.values()) {
            for (Sources.JavaFile f : b.files()) {
                if (f.generated()) {
                    continue;
                }
                List<Line> lines = statements(f);
                for (int k = 0; k + RUN <= lines.size(); k++) {
                    StringBuilder key = new StringBuilder();
                    for (int i = k; i < k + RUN; i++) {
                        key.append(lines.get(i).text()).append('\n');
                    }
                    runs.computeIfAbsent(key.toString(), x -> new ArrayList<>()).add(lines.get(k));
                }
            }
        }
        List<String> copies = new ArrayList<>();
        runs.forEach((text, at) -> {
            if (at.size() > 1) {
                copies.add(at.get(0).file() + ":" + at.get(0).number() + " = " + at.get(1).file() + ":" + at.get(1).number() + "\n" + text);
            }
        });
        copies.sort(null);
        assertTrue(copies.isEmpty(), copies.size() + " copied runs of " + RUN + " statement lines:\n" + String.join("\n", copies));
    }

    private static List<Line> statements(Sources.JavaFile f) throws IOException {
        List<Line> out = new ArrayList<>();
        String file = Sources.ROOT.relativize(f.path()).toString();
        List<String> all = Files.readAllLines(f.path(), StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            String s = all.get(i).strip();
            if (s.isEmpty() || s.startsWith("//") || s.startsWith("*") || s.startsWith("/*") || s.startsWith("import ") || s.startsWith("package ")
                    || s.startsWith("@") || ONLY_PUNCTUATION.matcher(s).matches()) {
                continue;
            }
            out.add(new Line(file, i + 1, s));
        }
        return out;
    }
}
