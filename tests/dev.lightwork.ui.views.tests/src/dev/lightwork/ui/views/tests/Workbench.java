package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.views.AnalysisView;

/** Test access to the running workbench: open views, feed selections, edit through a command stack, spin the loop. */
final class Workbench {

    /** Independent analyzer: the numbers the views must show. */
    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(ReferenceLibrary.load());

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @SuppressWarnings("unchecked")
    static <V extends IViewPart> V show(String id) throws PartInitException {
        IViewPart view = page().showView(id);
        spin();
        return (V) view;
    }

    /** Feeds a selection of model elements to the view as the selection service would. */
    static void select(AnalysisView view, Object... elements) {
        view.selectionChanged(null, new StructuredSelection(elements));
        spin();
    }

    static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work
        }
    }

    /** Runs the display loop until {@code condition} holds (re-analysis is debounced), failing after 10 s. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                assertTrue(condition.getAsBoolean(), "timed out waiting for: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static DesignAnalysis analyse(TransceiverDesign design) {
        return ANALYZER.analyze(design);
    }

    /** An editing domain like the design editor's: edits are EMF commands on a command stack. */
    static AdapterFactoryEditingDomain editingDomain() {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                new BasicCommandStack());
    }

    static void set(AdapterFactoryEditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        Command command = new SetCommand(domain, owner, feature, value);
        assertTrue(command.canExecute(), "command executable: " + command);
        domain.getCommandStack().execute(command);
    }
}
