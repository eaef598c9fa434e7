package dev.lightwork.ui.fixes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.model.provider.LightworkItemProviderAdapterFactory;
import dev.lightwork.ui.editor.DesignEditor;

/**
 * Where a fix applies: the open editor of the file (its command stack, so the fix is undoable and the editor
 * becomes dirty), or - with no editor open - the file itself, loaded, changed by the same command and saved
 * atomically through DesignFiles. Also the target of a workbook import (File > Import), which is one command too.
 */
public final class DesignTarget {

    private final IFile file;
    private final DesignEditor editor;
    private final EditingDomain domain;
    private final TransceiverDesign design;

    private DesignTarget(IFile file, DesignEditor editor, EditingDomain domain, TransceiverDesign design) {
        this.file = file;
        this.editor = editor;
        this.domain = domain;
        this.design = design;
    }

    /** The design of {@code file}: from its open editor if there is one, else freshly loaded from disk. */
    public static DesignTarget of(IFile file) throws DesignLoadException {
        DesignEditor open = openEditor(file);
        if (open != null && open.design() != null) {
            return new DesignTarget(file, open, open.getEditingDomain(), open.design());
        }
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new LightworkItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), new HashMap<>());
        TransceiverDesign design = DesignFiles.load(path(file));
        domain.getResourceSet().getResources().add(design.eResource());
        return new DesignTarget(file, null, domain, design);
    }

    private static Path path(IFile file) {
        return file.getLocation().toFile().toPath();
    }

    /** The design editor open on {@code file} in any window, without restoring editors that are not yet created. */
    public static DesignEditor openEditor(IFile file) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    try {
                        if (ref.getEditorInput() instanceof FileEditorInput in && in.getFile().equals(file)) {
                            IEditorPart part = ref.getEditor(true);
                            if (part instanceof DesignEditor e) {
                                return e;
                            }
                        }
                    } catch (PartInitException e) {
                        // not a usable editor for this file; keep looking
                    }
                }
            }
        }
        return null;
    }

    public TransceiverDesign design() {
        return design;
    }

    public EditingDomain domain() {
        return domain;
    }

    /** The open editor the command goes to, or null when the file itself is changed and saved. */
    public DesignEditor editor() {
        return editor;
    }

    /** Runs the command: on the editor's stack (undoable, the designer saves), or on the file (saved at once). */
    void apply(FixPlan plan) throws IOException, CoreException {
        Command command = plan.command().apply(domain);
        if (!command.canExecute()) {
            throw new IOException("The fix '" + plan.label() + "' no longer applies to " + file.getName());
        }
        execute(command);
    }

    /** Executes {@code command} on the editor's stack (one undoable step), or on the loaded file and saves it atomically. */
    public void execute(Command command) throws IOException, CoreException {
        domain.getCommandStack().execute(command);
        if (editor == null) {
            DesignFiles.save(design.eResource(), path(file));
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        }
    }
}
