package dev.lightwork.ui;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import dev.lightwork.ui.examples.ExampleProject;
import dev.lightwork.ui.problems.DesignValidation;

/** Workbench life cycle: the workspace is the page input so Project Explorer and Problems work as in the IDE. */
final class LightworkWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Context of the Lightwork key bindings, active in every workbench window. */
    static final String CONTEXT_ID = "dev.lightwork.ui.context";

    /** Text editor action sets (Next/Previous Annotation, Convert Line Delimiters) with nothing to act on here. */
    private static final String[] TEXT_ACTION_SETS = {"org.eclipse.ui.edit.text.actionSet.annotationNavigation",
        "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo"};

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Adapters that let IDE views (Project Explorer, Properties) show workspace resources.
        IDE.registerAdapters();
        // the IDE's images: Problems icons, project folders, wizard banners, the Quick Fix light bulb
        IdeImages.declare(configurer);
        // Installation Details > Features lists the installed features
        InstalledFeatures.register();
        configurer.setSaveAndRestore(true);
        // The product's windowImages only apply when started as the product; set them for every start
        // (tests, launch configurations) so each Lightwork shell carries the Lightwork icon.
        Window.setDefaultImages(Stream.of(16, 32, 64)
                .map(size -> ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/lightwork" + size + ".png"))
                .flatMap(Optional::stream)
                .map(ImageDescriptor::createImage)
                .toArray(Image[]::new));
    }

    @Override
    public void postStartup() {
        super.postStartup();
        // Problems view follows every design file change; first start brings the reference designs.
        DesignValidation.install();
        // a new workspace welcomes with an example and the user guide's Getting started
        org.eclipse.swt.widgets.Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        ExampleProject.createOnFirstStart(!Welcome.enabled() ? null : () -> display.asyncExec(
                () -> Welcome.show(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow())));
    }

    @Override
    public void postShutdown() {
        DesignValidation.uninstall();
        super.postShutdown();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DesignPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public boolean preShutdown() {
        // Persist the workspace tree so projects and markers survive a restart.
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).error("Could not save the workspace", e);
        }
        return true;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            /** True when the window comes back from the saved workbench state (it keeps its size then). */
            private boolean restored;

            @Override
            public void postWindowRestore() {
                restored = true;
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer abc) {
                return new LightworkActionBarAdvisor(abc);
            }

            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer wc = getWindowConfigurer();
                // a first window fills the screen (it is maximised once open); a restored one keeps its bounds
                org.eclipse.swt.graphics.Rectangle screen = org.eclipse.swt.widgets.Display.getDefault().getPrimaryMonitor().getClientArea();
                wc.setInitialSize(new Point(screen.width, screen.height));
                wc.setShowCoolBar(true);
                wc.setShowStatusLine(true);
                wc.setShowPerspectiveBar(true);
                wc.setTitle(LightworkApplication.WINDOW_TITLE);
            }

            @Override
            public void postWindowOpen() {
                StartupTime.firstWindowOpened();
                org.eclipse.ui.IWorkbenchWindow window = getWindowConfigurer().getWindow();
                if (!restored) {
                    window.getShell().setMaximized(true);
                }
                WindowTitle.follow(window);
                // text-editor action sets the IDE shows on every page: no text files here (see the activity in plugin.xml)
                org.eclipse.ui.IWorkbenchPage page = window.getActivePage();
                if (page != null) {
                    for (String actionSet : TEXT_ACTION_SETS) {
                        page.hideActionSet(actionSet);
                    }
                }
                // the Lightwork key bindings (Ctrl+Alt+R report, Ctrl+Alt+V validate) live in their own context
                org.eclipse.ui.contexts.IContextService contexts = getWindowConfigurer().getWindow()
                        .getService(org.eclipse.ui.contexts.IContextService.class);
                if (contexts != null) {
                    contexts.activateContext(CONTEXT_ID);
                }
            }
        };
    }
}
