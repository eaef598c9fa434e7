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
        assertEquals("LW-LINK-LAUNCH", root.getAttribute(DesignMarkers.ROOT_CAUSE_GROUP, ""));
        assertEquals("Laser las0 › Output power (dBm)", root.getAttribute(IMarker.LOCATION, ""), "location in words");
        for (IMarker m : errors) {
            if (m != root) {
                assertEquals("LW-LINK-LAUNCH las0", m.getAttribute(DesignMarkers.ROOT_CAUSE, ""));
                assertEquals("LW-LINK-LAUNCH", m.getAttribute(DesignMarkers.ROOT_CAUSE_GROUP, ""));
                assertTrue(m.getAttribute(IMarker.MESSAGE, "").startsWith("↳ follows from LW-LINK-LAUNCH on las0 › Output power (dBm): "),
                        m.getAttribute(IMarker.MESSAGE, ""));
            }
        }
        // the Problems view opens grouped by root cause (the perspective's default): the laser's category holds the root
        // first and its consequences under it; the design's other problems sit in their own category
        org.eclipse.ui.IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        String category = "Root cause: average launch power outside the PMD range";
        List<String> rows = new java.util.ArrayList<>();
        Workbench.waitUntil("the Problems view grouped by root cause", () -> {
            rows.clear();
            for (org.eclipse.swt.widgets.Tree tree : trees(Workbench.page().getWorkbenchWindow().getShell())) {
                if (tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText())) {
                    tree.getColumn(0).setWidth(1100);
                    for (org.eclipse.swt.widgets.TreeItem group : tree.getItems()) {
                        if (!group.getExpanded()) {
                            // the viewer creates a group's rows on the Expand event, which setExpanded does not send
                            org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
                            expand.item = group;
                            tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
                            group.setExpanded(true);
                        }
                        if (group.getText().startsWith(category)) {
                            for (org.eclipse.swt.widgets.TreeItem item : group.getItems()) {
                                rows.add(item.getText());
                            }
                        }
                    }
                }
            }
            return rows.size() == errors.size();
        });
        assertTrue(rows.get(0).startsWith("Lane lane0: average launch power"), "the root first: " + rows);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(r -> r.startsWith("↳ follows from LW-LINK-LAUNCH on las0")), rows.toString());
        Workbench.settle(300);
        Path shot = Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "problems-root-cause");
        assertTrue(Files.size(shot) > 1000);
        Workbench.page().setPartState(Workbench.page().getReference(problems), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        editor.commandStack().undo();
    }

    /** A root rule with no category of its own would put its consequences among the unrelated problems. */
    @Test
    void everyLinkErrorRuleThatCanBeARootHasARootCauseCategory() {
        java.util.Set<String> mapped = new java.util.HashSet<>();
        for (org.eclipse.core.runtime.IConfigurationElement e : org.eclipse.core.runtime.Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.ide.markerSupport")) {
            if ("markerGrouping".equals(e.getName()) && dev.lightwork.ui.problems.RootCauseGrouping.ID.equals(e.getAttribute("id"))) {
                for (org.eclipse.core.runtime.IConfigurationElement g : e.getChildren("markerAttributeGrouping")) {
                    assertEquals(DesignMarkers.TYPE, g.getAttribute("markerType"));
                    assertEquals(DesignMarkers.ROOT_CAUSE_GROUP, g.getAttribute("attribute"));
                    for (org.eclipse.core.runtime.IConfigurationElement m : g.getChildren("markerAttributeMapping")) {
                        mapped.add(m.getAttribute("value"));
                    }
                }
            }
        }
        for (dev.lightwork.analysis.validation.DesignRule rule : dev.lightwork.analysis.validation.DesignRule.values()) {
            if (rule.category() == dev.lightwork.analysis.validation.DesignRules.LINK && rule.severity() == org.eclipse.emf.common.util.Diagnostic.ERROR) {
                assertTrue(mapped.contains(rule.id()), rule.id() + " has no Root Cause category in plugin.xml");
            }
        }
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
