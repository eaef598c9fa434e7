package dev.lightwork.ui.commands;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.report.DesignDiagrams;
import dev.lightwork.report.DesignReport;
import dev.lightwork.report.ReportInput;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * The design-review report of a design file, written as {@code <design>-report.html} beside it (regenerated on
 * every run) from the saved file - the same content the Problems view describes - with the architecture, link and
 * thermal diagrams inline. HTML only: the PDF renderer draws with AWT, which has no place in an SWT/GTK process.
 */
public final class ReviewReports {

    /** Job family of report generation. */
    public static final Object FAMILY = ReviewReports.class;

    /** Where a report was shown. */
    public enum Shown { INTERNAL_BROWSER, SYSTEM_BROWSER, NOT_SHOWN }

    private ReviewReports() {
    }

    public static IFile reportFileOf(IFile design) {
        String name = design.getName();
        String stem = name.substring(0, name.length() - DesignFiles.EXTENSION.length() - 1);
        return design.getParent().getFile(new org.eclipse.core.runtime.Path(stem + "-report.html"));
    }

    /** Loads, analyses and reports the saved design; returns the refreshed report file. */
    public static IFile write(IFile design, IProgressMonitor monitor) throws IOException, CoreException {
        // the diagram figures go through Java2D (JFreeSVG); never let that start an AWT toolkit next to GTK
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path source = design.getLocation().toFile().toPath();
        TransceiverDesign model = DesignFiles.load(source);
        DesignAnalysis analysis = WorkbenchAnalyzer.analyzer().analyze(model);
        IFile report = reportFileOf(design);
        ReportInput input = ReportInput.of(analysis, WorkbenchAnalyzer.library()).withSourceFile(design.getFullPath().toString())
                .withFigures(DesignDiagrams.STANDARD);
        DesignReport.writeHtml(input, report.getLocation().toFile().toPath());
        report.refreshLocal(IResource.DEPTH_ZERO, monitor);
        return report;
    }

    /**
     * Shows a report: in the workbench's internal browser when one is available, else with the desktop's
     * program for HTML files; without either (a bare X server, a CI machine) it is only written and the caller says
     * where. Never opens a dialog.
     */
    public static Shown show(IFile report) {
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
