package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;

/**
 * Regression: the PDF's per-lane link budget table (31 columns) ran off the right edge of the A4 landscape page, so
 * the receiver-module columns (Demux, Rx attach, OMA at PD, Component sens., Internal margin) and Problems were cut
 * off - seen on every example with {@code lightwork report -f pdf}. Fixtures: the five reference designs.
 */
class PdfLinkBudgetTableClippedTest {

    static List<Arguments> examples() {
        return ReferenceDesigns.TEMPLATES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue())).toList();
    }

    /** The rightmost edge of any text on the page holding the link budget's header, and that page's text. */
    private static final class RightEdge extends PDFTextStripper {
        float maxX;
        float pageWidth;

        RightEdge() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                pageWidth = p.getPageWidth();
            }
            super.writeString(text, positions);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyColumnOfTheLinkBudgetTableIsOnThePage(String id, Supplier<TransceiverDesign> example) throws Exception {
        ReportInput input = ReportInput.of(DesignReportHtmlTest.ANALYZER.analyze(example.get()), DesignReportHtmlTest.LIBRARY);
        try (PDDocument pdf = Loader.loadPDF(DesignReport.pdf(input))) {
            int page = -1;
            List<String> pages = ReviewPdfTest.pages(pdf);
            for (int i = 0; i < pages.size() && page < 0; i++) {
                if (pages.get(i).contains("Tx module")) { // the plane header of the lane table
                    page = i + 1;
                }
            }
            assertTrue(page > 0, id + ": no page with the link budget table");
            RightEdge edge = new RightEdge();
            edge.setStartPage(page);
            edge.setEndPage(page);
            String text = edge.getText(pdf);
            for (String last : List.of("Demux", "attach", "Internal", "Problems")) {
                assertTrue(text.contains(last), id + ": the table's column '" + last + "' is on page " + page);
            }
            float margin = 12 / 25.4f * 72; // the report's @page margin, 12 mm
            assertTrue(edge.maxX <= edge.pageWidth - margin + 1, id + ": text reaches x = " + edge.maxX + " pt on a page " + edge.pageWidth
                    + " pt wide (right margin at " + (edge.pageWidth - margin) + ")");
        }
    }
}
