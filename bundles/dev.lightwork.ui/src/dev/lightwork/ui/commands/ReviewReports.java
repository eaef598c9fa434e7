package dev.lightwork.ui.commands;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.exchange.GitRevisions;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.report.DesignDiagrams;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * The design-review report of a design file, written as {@code <design>-report.html} and/or {@code .pdf} into a
 * workspace folder (beside the design by default; regenerated on every run) from the saved file - the same content
 * the Problems view describes - with the architecture, link and thermal diagrams, the title block naming the file's
 * Git revision. The figures and the PDF are drawn with Java2D in headless AWT (no AWT toolkit next to GTK).
 */
public final class ReviewReports {

    /** Job family of report generation. */
    public static final Object FAMILY = ReviewReports.class;

    /** Where a report was shown. */
    public enum Shown { INTERNAL_BROWSER, SYSTEM_BROWSER, NOT_SHOWN }

    /** What the Generate Review Report dialog offers. */
    public enum Format {
        HTML("HTML (self-contained, opens in the browser)"), PDF("PDF (A4 landscape, fonts embedded, for sign-off)"), BOTH("HTML and PDF");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean html() {
            return this != PDF;
        }

        boolean pdf() {
            return this != HTML;
        }
    }

    private ReviewReports() {
    }

    public static IFile reportFileOf(IFile design) {
        return reportFileOf(design, design.getParent(), "html");
    }

    /** {@code <design>-report.<extension>} in {@code folder}. */
    public static IFile reportFileOf(IFile design, IContainer folder, String extension) {
        String name = design.getName();
        String stem = name.substring(0, name.length() - DesignFiles.EXTENSION.length() - 1);
        return folder.getFile(new org.eclipse.core.runtime.Path(stem + "-report." + extension));
    }

    /** Loads, analyses and reports the saved design as HTML beside it; returns the refreshed report file. */
    public static IFile write(IFile design, IProgressMonitor monitor) throws IOException, CoreException {
        return write(design, design.getParent(), Format.HTML, monitor).get(0);
    }

    /**
     * Loads, analyses and reports the saved design into {@code folder} (created when missing) in {@code format};
     * returns the refreshed report files, HTML first.
     */
    public static List<IFile> write(IFile design, IContainer folder, Format format, IProgressMonitor monitor) throws IOException, CoreException {
        // the diagram figures and the PDF go through Java2D (JFreeSVG, PDFBox); never let that start an AWT toolkit next to GTK
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path source = design.getLocation().toFile().toPath();
        TransceiverDesign model = DesignFiles.load(source);
        DesignAnalysis analysis = WorkbenchAnalyzer.analyzer().analyze(model);
        ReportInput input = ReportInput.of(analysis, WorkbenchAnalyzer.library()).withSourceFile(design.getFullPath().toString())
                .withFigures(DesignDiagrams.STANDARD).withRevision(GitRevisions.describe(source).orElse(null));
        create(folder, monitor);
        List<IFile> written = new ArrayList<>();
        if (format.html()) {
            IFile html = reportFileOf(design, folder, "html");
            DesignReport.writeHtml(input, html.getLocation().toFile().toPath());
            written.add(html);
        }
        if (format.pdf()) {
            IFile pdf = reportFileOf(design, folder, "pdf");
            DesignReport.writePdf(input, pdf.getLocation().toFile().toPath());
            written.add(pdf);
        }
        for (IFile f : written) {
            f.refreshLocal(IResource.DEPTH_ZERO, monitor);
        }
        return written;
    }

    private static void create(IContainer folder, IProgressMonitor monitor) throws CoreException {
        if (folder instanceof IFolder f && !f.exists()) {
            create(f.getParent(), monitor);
            f.create(false, true, monitor);
        }
    }

    /**
     * Shows a report: in the workbench's internal browser when one is available, else with the desktop's
     * program for HTML files; without either (a bare X server, a CI machine) it is only written and the caller says
     * where. Never opens a dialog.
     */
    public static Shown show(IFile report) {
        if (!"html".equalsIgnoreCase(report.getFileExtension())) { // a PDF: the desktop's viewer, never the browser editor
            return Program.launch(report.getLocation().toOSString()) ? Shown.SYSTEM_BROWSER : Shown.NOT_SHOWN;
        }
        IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
        if (support.isInternalWebBrowserAvailable()) {
            try {
                support.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR, "dev.lightwork.ui.report",
                        report.getName(), report.getFullPath().toString()).openURL(report.getLocationURI().toURL());
                return Shown.INTERNAL_BROWSER;
            } catch (PartInitException | MalformedURLException e) {
                ILog.of(ReviewReports.class).warn("Internal browser could not show " + report.getFullPath(), e);
            }
        }
        return Program.launch(report.getLocation().toOSString()) ? Shown.SYSTEM_BROWSER : Shown.NOT_SHOWN;
    }
}
