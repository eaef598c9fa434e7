package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.diagram.DiagramViewer;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.AnalysisView;
import dev.lightwork.ui.views.LinkBudgetView;
import dev.lightwork.ui.views.PowerView;
import dev.lightwork.ui.views.ThermalView;

/**
 * Issue 16.2 / 15.2: the analysis views show the active editor's design as soon as they open or come to the front
 * (like Properties and Outline), and every face of one open design reads one live analysis.
 */
class ViewsFollowTheActiveDesignTest {

    private static final String PROJECT = "follow-tests";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void analysisViewsShowTheActiveEditorsDesignWhenOpenedOrBroughtToFront() throws Exception {
        IWorkbenchPage page = Workbench.page();
        IFile dr4 = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "dr4.lightwork");
        IFile dr8 = Workbench.copyOfExample("800g-dr8-osfp", PROJECT, "dr8.lightwork");
        page.hideView(page.findView(LinkBudgetView.ID));
        page.hideView(page.findView(PowerView.ID));
        // nothing about a design is selected: the selection is the Problems view's
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        DesignEditor first = (DesignEditor) IDE.openEditor(page, dr4);
        Workbench.settle(200);

        // opened with the editor active and nothing selected in its tree: shows the editor's design at once
        LinkBudgetView link = (LinkBudgetView) page.showView(LinkBudgetView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        Workbench.settle(100);
        assertSame(first.design(), link.design(), "Link Budget follows the active editor as it opens");
        assertTrue(link.summaryText().contains(first.design().getId()), link.summaryText());

        // another editor becomes active: the visible view follows without a selection in the tree
        DesignEditor second = (DesignEditor) IDE.openEditor(page, dr8);
        Workbench.settle(200);
        assertSame(second.design(), link.design(), "Link Budget follows the newly active editor");

        // a view opened behind another one catches up when it is brought to the front
        PowerView power = (PowerView) page.showView(PowerView.ID, null, IWorkbenchPage.VIEW_CREATE);
        page.activate(first);
        Workbench.settle(100);
        page.bringToTop(power);
        Workbench.settle(100);
        assertSame(first.design(), power.design(), "Power shows the active editor's design when brought to the front");
        assertTrue(power.summaryText().contains(first.design().getId()), power.summaryText());
        page.activate(first);
        assertSame(first.design(), link.design());

        // one live analysis per open design: the editor's diagram pages and the views read the same record
        SharedAnalysis shared = SharedAnalysis.existing(first.design());
        assertNotNull(shared, "the design carries its live analysis");
        DiagramViewer architecture = first.pages().showDiagram(DiagramKind.ARCHITECTURE);
        Workbench.settle(100);
        assertSame(shared.analysis(), architecture.analysis(), "diagram page and shared analysis are one");
        assertSame(shared.analysis(), power.analysis(), "Power view and shared analysis are one");
        assertSame(SharedAnalysis.analyzer(), WorkbenchAnalyzer.analyzer(), "one analyzer in the application");
        assertSame(SharedAnalysis.of(first.design()), shared, "fetching again gives the same live analysis");
        first.pages().showTree();

        // the views' stack is wide and tall enough for the charts without maximising
        page.bringToTop(link);
        Workbench.settle(300);
        Path shot = Screenshots.capture(page.getWorkbenchWindow().getShell(), "views-follow-active-editor");
        assertTrue(Files.size(shot) > 1000);
        Control control = link.control();
        assertTrue(control.getSize().x >= 600 && control.getSize().y >= 300, "Link Budget view area " + control.getSize());
        // the window names the workspace and the active design
        assertTrue(page.getWorkbenchWindow().getShell().getText().contains(first.getTitle()), page.getWorkbenchWindow().getShell().getText());
    }

    @Test
    void thermalViewShownFromTheProjectExplorerSelectionStillPrefersTheSelection() throws Exception {
        IWorkbenchPage page = Workbench.page();
        IFile dr4 = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "sel.lightwork");
        DesignEditor editor = (DesignEditor) IDE.openEditor(page, dr4);
        TransceiverDesign design = editor.design();
        editor.viewer().setSelection(new StructuredSelection(design.getLanes().get(1)), true);
        Workbench.settle(100);
        ThermalView thermal = (ThermalView) page.showView(ThermalView.ID);
        Workbench.settle(100);
        assertSame(design, thermal.design());
        assertSame(design.getLanes().get(1), ((AnalysisView) thermal).lane(), "the editor's selected lane comes along");
    }
}
