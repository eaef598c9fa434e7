package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.problems.DesignValidation;

/** Small helpers for UI tests: waiting on the display loop, workspace files, Lightwork markers. */
final class Workbench {

    private static final long TIMEOUT_MS = 30_000;

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until {@code condition} holds; fails with {@code what} after 30 s. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("Timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Lets pending UI work (async refreshes, view updates) run for about {@code millis}. */
    static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }

    /** A fresh copy of an example design file (from the examples project) in a test project. */
    static IFile copyOfExample(String example, String projectName, String fileName) throws Exception {
        waitUntil("the examples project", () -> exampleFile(example).exists());
        IFile target = project(projectName).getFile(fileName);
        byte[] bytes = Files.readAllBytes(exampleFile(example).getLocation().toFile().toPath());
        if (target.exists()) {
            target.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, null);
        } else {
            target.create(new ByteArrayInputStream(bytes), true, null);
        }
        return target;
    }

    static IFile exampleFile(String example) {
        return ResourcesPlugin.getWorkspace().getRoot().getProject("Lightwork Examples").getFile(example + ".lightwork");
    }

    /** Waits until no validation job is waiting, sleeping or running: the markers then describe the files on disk. */
    static void awaitValidation() {
        waitUntil("design validation", () -> Job.getJobManager().find(DesignValidation.FAMILY).length == 0);
    }

    /** Waits until validation is idle and {@code condition} holds (markers are replaced, never read half-way). */
    static void waitUntilValidated(String what, BooleanSupplier condition) {
        waitUntil(what, () -> Job.getJobManager().find(DesignValidation.FAMILY).length == 0 && condition.getAsBoolean());
    }

    static List<IMarker> markers(IFile file) {
        try {
            return Arrays.asList(file.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IMarker> markers(IFile file, String category, String elementId) {
        return markers(file).stream().filter(m -> m.exists() && category.equals(m.getAttribute(DesignMarkers.CATEGORY, ""))
                && elementId.equals(m.getAttribute(DesignMarkers.ELEMENT_ID, ""))
                && m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
    }

    /** Waits for validation to finish, then until {@code value} is not null. */
    static <T> T waitFor(String what, Supplier<T> value) {
        awaitValidation();
        Object[] holder = new Object[1];
        waitUntil(what, () -> (holder[0] = value.get()) != null);
        @SuppressWarnings("unchecked")
        T t = (T) holder[0];
        return t;
    }

    static String read(IFile file) throws IOException {
        return Files.readString(file.getLocation().toFile().toPath());
    }
}
