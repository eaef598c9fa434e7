package dev.lightwork.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Calc in headless mode as the independent spreadsheet engine: converts workbooks to .xlsx with every
 * formula recalculated on load (a private profile sets "recalculate always" for OOXML). Absent LibreOffice fails
 * the test with the command to install it; it is never a silent skip (releng/test installs it).
 */
final class LibreOffice {

    private LibreOffice() {
    }

    static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        fail("LibreOffice (soffice) is needed for the spreadsheet recalculation tests and was not found on PATH; "
                + "install it with: apt-get install libreoffice-calc-nogui (releng/test does this as root)");
        return null;
    }

    /** Recalculates each workbook; returns the recalculated copies (same file names, in {@code out}). */
    static List<Path> recalculate(List<Path> workbooks, Path work) throws IOException, InterruptedException {
        String soffice = executable();
        Path profile = work.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        Path out = work.resolve("recalculated");
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--nologo", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
        workbooks.forEach(w -> cmd.add(w.toString()));
        Path log = work.resolve("soffice.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish in 300 s");
        assertEquals(0, p.exitValue(), () -> "LibreOffice failed: " + read(log));
        List<Path> result = new ArrayList<>();
        for (Path w : workbooks) {
            Path r = out.resolve(w.getFileName());
            assertTrue(Files.isRegularFile(r), () -> "LibreOffice wrote no " + r + ": " + read(log));
            result.add(r);
        }
        return result;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
