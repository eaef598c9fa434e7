package dev.lightwork.report.render;

import java.awt.Shape;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders the report XHTML to PDF with openhtmltopdf (PDFBox). Figures are painted as vectors through their
 * Java2D painter on openhtmltopdf's PDFBox Graphics2D. Needs no display: AWT is only used for geometry and
 * fonts, which work with {@code java.awt.headless=true}.
 */
public final class PdfReport {

    /**
     * PDFBox warns on every start that the base-14 fonts Symbol and ZapfDingbats map to a system font; the report
     * uses neither. Held strongly: java.util.logging forgets a configured logger nobody references.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        PDFBOX_FONTS.setLevel(Level.SEVERE);
        // openhtmltopdf logs every run at INFO ("Using fast-mode renderer..."); keep warnings, drop the chatter.
        for (String logger : new String[] {XRLog.GENERAL, XRLog.LOAD, XRLog.MATCH, XRLog.CASCADE, XRLog.LAYOUT, XRLog.RENDER, XRLog.INIT,
                XRLog.CSS_PARSE, XRLog.XML_ENTITIES, XRLog.CONFIG}) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private PdfReport() {
    }

    /** The object type the PDF renderer paints figures for: {@code <object type=FIGURE_TYPE data-figure=index>}. */
    public static final String FIGURE_TYPE = "application/x-lightwork-figure";

    /** Writes {@code xhtml} as PDF; {@code figures} are the figures its objects refer to by index. */
    public static void write(String xhtml, List<Figure> figures, String producer, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        // The report is self-contained; refuse anything that would make the renderer fetch a resource.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> { }); // layout notes (e.g. unsupported CSS) are not the reader's business
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(FIGURE_TYPE, new FigureDrawer(figures));
        builder.useObjectDrawerFactory(drawers);
        builder.withProducer(producer);
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("PDF rendering failed: " + e, e);
        }
    }

    /** Paints figure {@code data-figure} into the box openhtmltopdf laid out for it, scaled to fit. */
    private record FigureDrawer(List<Figure> figures) implements FSObjectDrawer {
        @Override
        public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice device,
                RenderingContext ctx, int dotsPerPixel) {
            Figure figure = figures.get(Integer.parseInt(e.getAttribute("data-figure")));
            double w = width / dotsPerPixel;
            double h = height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, (float) w, (float) h, g -> {
                java.awt.geom.AffineTransform base = g.getTransform();
                try {
                    g.scale(w / figure.width(), h / figure.height());
                    figure.paint(g);
                } catch (RuntimeException failure) {
                    // A broken diagram must not cost the reviewer the whole PDF: say so in its place.
                    g.setTransform(base);
                    g.setColor(java.awt.Color.RED);
                    g.drawString("Figure '" + figure.title() + "' could not be drawn: " + failure, 4, 14);
                }
            });
            return null;
        }
    }
}
