package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IToc;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lightwork.ui.help.HelpView;
import dev.lightwork.ui.Welcome;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Issue 16 item 10: Help Contents with the user guide, F1 context help on the views and the editor, the welcome. This
 * runtime has no org.eclipse.help.ui, so these are the Forms Help view fallback's; Eclipse's help window, search and
 * F1 are tested in dev.lightwork.ui.help.tests.
 */
class HelpTest {

    private static final String GUIDE = "/dev.lightwork.ui.help/html/";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.settle(100);
    }

    private static void execute(String commandId) throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
        Workbench.settle(200);
    }

    private static HelpView helpView() {
        IViewPart view = Workbench.page().findView(HelpView.ID);
        assertTrue(view instanceof HelpView, "the Help view is open: " + view);
        return (HelpView) view;
    }

    @Test
    void helpContentsShowsTheUserGuideThroughTheHelpSystem() throws Exception {
        IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(t -> t.getLabel().equals("Lightwork User Guide")).findFirst()
                .orElseThrow(() -> new AssertionError("the guide's toc.xml is in the help system"));
        List<String> topics = Arrays.stream(guide.getTopics()).map(t -> t.getLabel()).toList();
        for (String topic : List.of("Getting started", "The link budget method and its terms", "Module power and MSA power classes",
                "The thermal network", "Trade studies", "Manufacturing yield", "The command line in CI")) {
            assertTrue(topics.contains(topic), topic + " in " + topics);
        }

        execute("org.eclipse.ui.help.helpContents");
        HelpView view = helpView();
        assertEquals(GUIDE + "getting-started.html", view.currentTopic());
        assertEquals("Getting started", view.getContentDescription());
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        Tree toc = find(shell);
        assertNotNull(toc, "the table of contents");
        TreeItem root = Arrays.stream(toc.getItems()).filter(i -> i.getText().equals("Lightwork User Guide")).findFirst().orElseThrow();
        assertEquals(topics.size(), root.getItemCount(), "every topic in the tree");
        Workbench.page().setPartState(Workbench.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(300);
        Screenshots.capture(shell, "help-contents");
        Workbench.page().setPartState(Workbench.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        PlatformUI.getWorkbench().getHelpSystem().search("TDECQ");
        Workbench.settle(200);
        assertTrue(view.getContentDescription().matches("[1-9]\\d* topics found"), view.getContentDescription());
    }

    @Test
    void f1ShowsTheContextHelpOfTheActiveViewAndEditor() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        boolean f1 = false;
        for (TriggerSequence t : bindings.getActiveBindingsFor("org.eclipse.ui.help.dynamicHelp")) {
            f1 |= t.equals(KeySequence.getInstance("F1"));
        }
        assertTrue(f1, "F1 shows contextual help");

        for (String[] part : new String[][] {
                {"dev.lightwork.ui.views.linkBudget", "linkBudgetView", "link-budget.html"},
                {"dev.lightwork.ui.views.power", "powerView", "power.html"},
                {"dev.lightwork.ui.views.thermal", "thermalView", "thermal.html"},
                {"dev.lightwork.ui.views.tradeStudy", "tradeStudyView", "trade-studies.html"}}) {
            IContext context = HelpSystem.getContext("dev.lightwork.ui.help." + part[1]);
            assertNotNull(context, "contexts.xml has " + part[1]);
            assertTrue(context.getText() != null && !context.getText().isBlank(), "a description for " + part[1]);
            Workbench.page().showView(part[0]);
            Workbench.settle(100);
            execute("org.eclipse.ui.help.dynamicHelp");
            HelpView view = helpView();
            assertTrue(view.showsContext(), "context help shown for " + part[0]);
            assertEquals(GUIDE + part[2], view.currentTopic(), "F1 in " + part[0]);
            if (part[1].equals("linkBudgetView")) {
                Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "help-f1-link-budget");
            }
        }

        IFile file = Workbench.copyOfExample("400g-dr4-qsfpdd", "Help", "help.lightwork");
        IEditorPart editor = org.eclipse.ui.ide.IDE.openEditor(Workbench.page(), file);
        Workbench.page().activate(editor);
        Workbench.settle(200);
        execute("org.eclipse.ui.help.dynamicHelp");
        HelpView view = helpView();
        assertTrue(view.showsContext(), "context help of the design editor");
        assertEquals(GUIDE + "getting-started.html", view.currentTopic());
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "help-f1-design-editor");
    }

    @Test
    void welcomeOpensAnExampleAndGettingStarted() throws Exception {
        execute("dev.lightwork.ui.welcome");
        Workbench.settle(500);
        IEditorPart editor = Workbench.page().getActiveEditor();
        assertNotNull(editor, "an example is open");
        assertEquals(Welcome.EXAMPLE + ".lightwork", editor.getEditorInput().getName());
        assertEquals(GUIDE + "getting-started.html", helpView().currentTopic());
        Screenshots.capture(Workbench.page().getWorkbenchWindow().getShell(), "welcome");
    }

    private static Tree find(org.eclipse.swt.widgets.Composite root) {
        for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
            if (c instanceof Tree tree && Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().equals("Lightwork User Guide"))) {
                return tree;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite composite) {
                Tree found = find(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
