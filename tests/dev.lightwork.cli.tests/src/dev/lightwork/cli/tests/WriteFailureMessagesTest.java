package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 9, defect: a report, workbook or diagram that could not be written said only the path
 * ("lightwork: cannot write the report: out.txt"), the JDK exception's whole message. Failing input: {@code -o} naming
 * a file where a folder must be.
 */
class WriteFailureMessagesTest {

    @TempDir
    Path dir;

    @Test
    void cannotWriteSaidOnlyThePath() throws IOException {
        Map<String, Path> examples = Designs.writeExamples(dir);
        Path design = examples.get("400g-dr4-qsfpdd");
        Path notAFolder = Files.writeString(dir.resolve("out.txt"), "a file where the output folder should be");
        for (String[] command : new String[][] {{"report", "--format", "html"}, {"export", "--format", "xlsx"}, {"diagram", "--kind", "architecture"}}) {
            String[] args = new String[command.length + 3];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "-o";
            args[command.length + 1] = notAFolder.toString();
            args[command.length + 2] = design.toString();
            Designs.Run run = Designs.run(args);
            assertEquals(2, run.exitCode(), command[0] + ": " + run.out() + run.err());
            String line = run.err().strip();
            assertTrue(line.startsWith("lightwork: cannot write "), line);
            assertTrue(line.endsWith(notAFolder + ": is a file, not a folder") || line.contains(": not a folder"), command[0] + ": " + line);
        }
        assertEquals("a file where the output folder should be", Files.readString(notAFolder), "never overwritten");
    }
}
