package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

import dev.lightwork.ui.DesignPerspective;
import dev.lightwork.ui.LightworkApplication;
import dev.lightwork.ui.StartupTime;
import dev.lightwork.ui.testsupport.Screenshots;

/** Starts the real workbench (tycho-surefire UI harness) and checks what a designer sees first. */
class WorkbenchStartTest {

    @Test
    void opensLightworkWindowWithDesignPerspectiveAndViews() throws Exception {
        assertTrue(PlatformUI.isWorkbenchRunning());
        assertNotNull(Display.getCurrent(), "tests run on the UI thread");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        Shell shell = window.getShell();
        // "workspace - [active design -] Lightwork", as the IDE names its windows
        assertTrue(shell.getText().endsWith(" - " + LightworkApplication.WINDOW_TITLE), shell.getText());
        String workspace = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getLocation().lastSegment();
        assertTrue(shell.getText().startsWith(workspace + " - "), shell.getText());
        assertTrue(shell.getImages().length > 0 || shell.getImage() != null, "the window carries the Lightwork icon");

        IWorkbenchPage page = window.getActivePage();
        assertEquals(DesignPerspective.ID, page.getPerspective().getId());
        assertEquals("Lightwork Design", page.getPerspective().getLabel());

        IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        assertTrue(explorer instanceof CommonNavigator, "Project Explorer open: " + explorer);
        // The explorer's input is the workspace root, so projects appear in it.
        assertEquals(ResourcesPlugin.getWorkspace().getRoot(),
                ((CommonNavigator) explorer).getCommonViewer().getInput());
        assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "Properties view open");
        assertNotNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "Problems view in the layout");
        assertTrue(shell.getMenuBar().getItemCount() >= 4, "File, Edit, Window, Help menus");

        assertTrue(StartupTime.firstWindowMillis() > 0, "the first window's opening was recorded");
        System.out.println("Lightwork: first workbench window " + StartupTime.firstWindowMillis() + " ms after JVM start (UI test harness)");

        Path shot = Screenshots.capture(shell, "workbench-start");
        assertTrue(Files.size(shot) > 1000, "screenshot written: " + shot);
    }
}
