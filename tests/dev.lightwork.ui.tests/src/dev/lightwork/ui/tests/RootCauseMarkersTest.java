package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.model.LightworkPackage;
import dev.lightwork.ui.editor.DesignEditor;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.testsupport.Screenshots;

/** Issue 16.7: Problems shows a too-weak laser as one root cause, its consequences named as such. */
class RootCauseMarkersTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aWeakLaserIsOneRootMarkerAndItsConsequencesSayWhatTheyFollowFrom() throws Exception {
        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", "root-cause-tests", "weak.lightwork");
        DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
        editor.commandStack().execute(SetCommand.create(editor.getEditingDomain(), editor.design().getLanes().get(0).getLaser(),
                LightworkPackage.Literals.LASER__OUTPUT_POWER_DBM, -6.0));
        Workbench.waitUntilValidated("the weak laser's markers", () -> Workbench.markers(file).stream()
                .anyMatch(m -> m.getAttribute(DesignMarkers.CONSEQUENCES, 0) > 0));
        List<IMarker> errors = Workbench.markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
        List<IMarker> roots = errors.stream().filter(m -> m.getAttribute(DesignMarkers.ROOT_CAUSE, null) == null).toList();
        assertEquals(1, roots.size(), "one problem: " + roots.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
        IMarker root = roots.get(0);
        assertEquals("LW-LINK-LAUNCH", root.getAttribute(DesignMarkers.RULE, ""));
        assertEquals(errors.size() - 1, root.getAttribute(DesignMarkers.CONSEQUENCES, 0));
        assertTrue(root.getAttribute(IMarker.MESSAGE, "").contains("root cause of"), root.getAttribute(IMarker.MESSAGE, ""));
        for (IMarker m : errors) {
            if (m != root) {
                assertEquals("LW-LINK-LAUNCH las0", m.getAttribute(DesignMarkers.ROOT_CAUSE, ""));
                assertTrue(m.getAttribute(IMarker.MESSAGE, "").startsWith("Consequence of LW-LINK-LAUNCH las0: "), m.getAttribute(IMarker.MESSAGE, ""));
            }
        }
        // the Problems view, maximised, with its Errors group open: the root and its consequences read as one problem
        org.eclipse.ui.IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(2500); // the Problems view refreshes on its own delayed job
        for (org.eclipse.swt.widgets.Tree tree : trees(Workbench.page().getWorkbenchWindow().getShell())) {
            if (tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText())) {
                tree.getColumn(0).setWidth(1000);
                for (org.eclipse.swt.widgets.TreeItem group : tree.getItems()) {
                    org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
                    expand.item = group;
                    tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
                    group.setExpanded(true);
                }
            }
        }
        Workbench.settle(300);
        Path shot = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "problems-root-cause");
        assertTrue(Files.size(shot) > 1000);
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        editor.commandStack().undo();
    }

    private static List<org.eclipse.swt.widgets.Tree> trees(org.eclipse.swt.widgets.Control control) {
        List<org.eclipse.swt.widgets.Tree> out = new java.util.ArrayList<>();
        if (control instanceof org.eclipse.swt.widgets.Tree t) {
            out.add(t);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                out.addAll(trees(child));
            }
        }
        return out;
    }
}
