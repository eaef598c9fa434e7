package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.DesignDiagrams;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;

/** The PDF reads as a review document: repeated table headers, whole figures, embedded fonts, title block, human citations. */
class ReviewPdfTest {

    static List<String> pages(PDDocument pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(p);
            s.setEndPage(p);
            pages.add(s.getText(pdf));
        }
        return pages;
    }

    static ReportInput cpo() {
        DesignAnalysis analysis = DesignReportHtmlTest.ANALYZER.analyze(ReferenceDesigns.cpo51200G());
        return ReportInput.of(analysis, DesignReportHtmlTest.LIBRARY).withFigures(DesignDiagrams.STANDARD).withRevision("3f2a1c9 (2026-12-01)")
                .withAuthor("A. Reviewer");
    }

    @Test
    void aTableThatSpansPagesRepeatsItsHeaderOnEachOfThem() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(cpo()))) {
            List<String> pages = pages(pdf);
            int first = -1;
            int after = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (first < 0 && pages.get(i).contains("Components and their catalogue parts")) {
                    first = i;
                }
                if (first >= 0 && pages.get(i).contains("Channels (fibre plant)")) {
                    after = i;
                    break;
                }
            }
            assertTrue(first >= 0 && after > first, "the components table of the CPO engine spans pages " + first + ".." + after);
            for (int i = first; i < after; i++) {
                // "Conf." is a one-word header cell of that table (longer headers wrap inside their cell)
                assertTrue(pages.get(i).contains("Conf."), "page " + (i + 1) + " repeats the table header");
            }
            // The page of the next heading either continues the table (with its header) or starts with that heading.
            String last = pages.get(after);
            String before = last.substring(0, last.indexOf("Channels (fibre plant)")).strip();
            assertTrue(before.contains("Conf.") || before.isEmpty(), "page " + (after + 1) + ": " + before);
        }
    }

    @Test
    void everyFigureIsDrawnWholeOnOnePage() throws Exception {
        for (TransceiverDesign d : List.of(ReferenceDesigns.cpo51200G(), ReferenceDesigns.dr81600G())) {
            ReportInput input = ReportInput.of(DesignReportHtmlTest.ANALYZER.analyze(d), DesignReportHtmlTest.LIBRARY).withFigures(DesignDiagrams.STANDARD);
            int figures = Pattern.compile("<figure ").split(DesignReport.html(input), -1).length - 1;
            try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(input))) {
                int drawn = 0;
                for (PDPage page : pdf.getPages()) {
                    for (COSName n : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(n) instanceof PDFormXObject) {
                            drawn++;
                        }
                    }
                }
                // A figure split over a page break would be painted (clipped) on both pages.
                assertEquals(figures, drawn, d.getId() + ": each of the " + figures + " figures is painted on exactly one page");
            }
        }
    }

    @Test
    void titleBlockHasRevisionAuthorAndApprovalAndSourcesAreCitationsNotPaths() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(cpo()))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String s : List.of("Revision", "3f2a1c9 (2026-12-01)", "Author", "A. Reviewer", "Prepared by", "Reviewed by", "Approved by",
                    "Signature")) {
                assertTrue(text.contains(s), s);
            }
            assertFalse(Pattern.compile("\\.csv:\\d+").matcher(text).find(), "no repository paths as sources");
            assertTrue(text.contains("SRS OMA max"), "PMD values by name, not CSV key");
            assertFalse(text.contains("srs_oma_max_dbm"), "no CSV keys");
        }
    }

    @Test
    void fontsAreEmbeddedSoAnyCharacterOfADesignNamePrints() throws Exception {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.setName("Modul Zürich – Ωμ 1,6 T ≤ 30 W");
        ReportInput input = ReportInput.of(DesignReportHtmlTest.ANALYZER.analyze(d), DesignReportHtmlTest.LIBRARY);
        try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(input))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Modul Zürich – Ωμ 1,6 T ≤ 30 W"));
            for (PDPage page : pdf.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                    assertTrue(f.getName().contains("DejaVu"), f.getName());
                }
            }
        }
    }
}
