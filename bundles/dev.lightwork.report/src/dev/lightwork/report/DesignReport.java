package dev.lightwork.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.lightwork.model.io.AtomicFiles;
import dev.lightwork.report.render.PdfReport;

/**
 * The design-review report of one design (optionally compared with an earlier revision), as one self-contained
 * XHTML file (inline CSS and SVG, no external resources) or as PDF. Never throws for a bad design: missing
 * parts and invalid values appear in the report as diagnostics; only I/O failures raise {@link IOException}.
 *
 * <pre>
 * DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
 * ReportInput input = ReportInput.of(analyzer.analyze(design), analyzer.library())
 *         .withSourceFile("examples/400g-dr4-qsfpdd.lightwork")
 *         .withFigures(diagrams);                 // optional: architecture/link/thermal diagrams
 * DesignReport.writeHtml(input, Path.of("report.html"));
 * DesignReport.writePdf(input, Path.of("report.pdf"));
 * </pre>
 *
 * Files are written atomically (temp file, fsync, rename). PDF rendering uses AWT for fonts and geometry only;
 * run it with {@code -Djava.awt.headless=true} on machines without a display.
 */
public final class DesignReport {

    private DesignReport() {
    }

    /** The report as an XHTML document (UTF-8 text, starting with the XML declaration). */
    public static String html(ReportInput input) {
        return HtmlReport.render(input, false).xhtml();
    }

    public static void writeHtml(ReportInput input, Path file) throws IOException {
        AtomicFiles.write(file, html(input).getBytes(StandardCharsets.UTF_8));
    }

    /** The report as PDF bytes (A4 landscape). */
    public static byte[] pdf(ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        HtmlReport.Rendered report = HtmlReport.render(input, true);
        PdfReport.write(report.xhtml(), report.figures(), input.toolVersion(), out);
        return out.toByteArray();
    }

    public static void writePdf(ReportInput input, Path file) throws IOException {
        AtomicFiles.write(file, pdf(input));
    }
}
