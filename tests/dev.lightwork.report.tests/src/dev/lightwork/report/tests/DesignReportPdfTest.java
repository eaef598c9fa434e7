package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;
import dev.lightwork.report.render.Figure;

/** The PDF loads in PDFBox and carries the design's name, verdict and numbers as text (run headless: see the pom). */
class DesignReportPdfTest {

    @Test
    void pdfOf400gExampleLoadsAndNamesDesignAndVerdict(@TempDir Path dir) throws Exception {
        TransceiverDesign design = ReferenceDesigns.dr4400G();
        DesignAnalysis analysis = DesignReportHtmlTest.ANALYZER.analyze(design);
        Path file = dir.resolve("400g.pdf");
        DesignReport.writePdf(ReportInput.of(analysis, DesignReportHtmlTest.LIBRARY).withSourceFile("examples/400g-dr4-qsfpdd.lightwork"), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() > 0);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(design.getName()), "design name in the PDF text");
            assertTrue(text.contains("Verdict"));
            assertTrue(text.contains(analysis.verdict().name()));
            assertTrue(text.contains(QuantityFormat.watts(analysis.power().totalW())), "module power in the PDF text");
            assertTrue(text.contains(LibrarySources.pmdSource(design)), "PMD source in the PDF text");
        }
    }

    @Test
    void suppliedDiagramsAreEmbeddedInOrderInHtmlAndPdf() throws Exception {
        DesignAnalysis analysis = DesignReportHtmlTest.ANALYZER.analyze(ReferenceDesigns.lpo800G());
        List<Figure> diagrams = List.of(box("Architecture diagram", Color.BLUE), box("Thermal network diagram", Color.RED));
        ReportInput input = ReportInput.of(analysis, DesignReportHtmlTest.LIBRARY).withFigures(a -> diagrams);
        ReportDom dom = new ReportDom(DesignReport.html(input));
        var captions = ReportDom.descendants(dom.byId("diagrams"), "figcaption").stream().map(ReportDom::text).toList();
        assertEquals(List.of("Architecture diagram", "Thermal network diagram"), captions);
        assertEquals(2, ReportDom.descendants(dom.byId("diagrams"), "svg").size());
        try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(input))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.indexOf("Architecture diagram") < text.indexOf("Thermal network diagram"));
        }
    }

    @Test
    void aBrokenDiagramIsNamedInItsPlaceAndTheRestOfTheReportStays() throws Exception {
        DesignAnalysis analysis = DesignReportHtmlTest.ANALYZER.analyze(ReferenceDesigns.dr4400G());
        Figure broken = Figure.of("Broken diagram", 200, 100, g -> {
            throw new IllegalStateException("layout failed");
        });
        Figure sizeless = Figure.of("Sizeless diagram", 0, 100, g -> { });
        ReportInput input = ReportInput.of(analysis, DesignReportHtmlTest.LIBRARY).withFigures(a -> List.of(broken, sizeless));
        ReportDom dom = new ReportDom(DesignReport.html(input));
        String diagrams = ReportDom.text(dom.byId("diagrams"));
        assertTrue(diagrams.contains("layout failed"), diagrams);
        assertTrue(diagrams.contains("not drawable"), diagrams);
        assertTrue(ReportDom.text(dom.byId("link")).contains(analysis.worstLane().orElseThrow().laneId()));
        try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(input))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Broken diagram"));
        }
    }

    private static Figure box(String title, Color color) {
        return Figure.of(title, 300, 120, g -> {
            g.setColor(color);
            g.fill(new Rectangle2D.Double(10, 10, 280, 100));
        });
    }
}
