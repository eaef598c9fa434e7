package dev.lightwork.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.link.LinkWaterfall;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;

/**
 * Regression (README known gap): the review report's waterfall (the figure the HTML inlines and the PDF paints) shortened
 * long bar labels ("Modula…"). Every step of every example's worst lane is now printed whole.
 */
class WaterfallLabelsTest {

    private static final Pattern FIGURE = Pattern.compile("(?s)<svg[^>]*>.*?</svg>");

    @Test
    void reviewWaterfallShortenedBarLabels() {
        for (Map.Entry<String, Supplier<TransceiverDesign>> e : ReferenceDesigns.TEMPLATES.entrySet()) {
            var analysis = DesignReportHtmlTest.ANALYZER.analyze(e.getValue().get());
            var worst = analysis.worstLane().orElse(null);
            if (worst == null) {
                continue;
            }
            String html = DesignReport.html(ReportInput.of(analysis, DesignReportHtmlTest.LIBRARY));
            String waterfall = null;
            Matcher m = FIGURE.matcher(html);
            while (m.find()) {
                if (m.group().contains("Link budget waterfall")) {
                    waterfall = m.group();
                }
            }
            assertTrue(waterfall != null, e.getKey() + ": the report has its waterfall");
            for (LinkWaterfall.Step step : worst.waterfall().steps()) {
                assertTrue(waterfall.contains(">" + xml(step.label()) + "<"), e.getKey() + ": '" + step.label() + "' whole in the waterfall");
            }
            assertFalse(waterfall.contains("\u2026"), e.getKey() + ": no label cut with an ellipsis");
        }
    }

    /** The review PDFs of the examples, kept for a reviewer to look at the waterfall page (target/screenshots). */
    @Test
    void reviewPdfsAreKeptForAReviewerToLookAt() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        for (String id : java.util.List.of("400g-dr4-qsfpdd", "1p6t-dr8-osfp", "51p2t-cpo-engine")) {
            Supplier<TransceiverDesign> design = ReferenceDesigns.TEMPLATES.get(id);
            if (design == null) {
                continue;
            }
            byte[] pdf = DesignReport.pdf(ReportInput.of(DesignReportHtmlTest.ANALYZER.analyze(design.get()), DesignReportHtmlTest.LIBRARY));
            java.nio.file.Files.write(dir.resolve("review-" + id + ".pdf"), pdf);
            assertTrue(pdf.length > 1000);
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
