package dev.lightwork.ui.diagram;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignLoadException;

/**
 * The diagram editor for {@code *.lightwork} (Open With > Diagram Editor; the tree design editor is the default).
 * Its file is a {@link DesignDocument} (editing domain, atomic save with the positions sidecar, dirty state, reload
 * after an outside change), as in the design editor; a kind switcher (architecture, link with a lane chooser,
 * thermal) drives one {@link DiagramViewer}.
 */
public class DiagramEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "dev.lightwork.ui.diagram.editor";

    private Path file;
    private DesignDocument document;
    private ComposedAdapterFactory factory;
    private Composite body;
    private DiagramViewer viewer;
    private Combo kinds;
    private Action undo;
    private Action redo;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = path(input);
        factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        document = new DesignDocument(file, input.getAdapter(IFile.class), factory);
        if (document.loadError() != null) {
            DesignLoadException e = document.loadError();
            document.dispose();
            factory.dispose();
            throw new PartInitException(e.getMessage(), e);
        }
        setPartName(input.getName());
        document.addDirtyListener(() -> site.getShell().getDisplay().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            updateUndoRedo();
        }));
        document.addReloadListener(this::reloaded);
    }

    /** The file behind an editor input (workspace file, path or URI input). */
    static Path path(IEditorInput input) throws PartInitException {
        IFile f = input.getAdapter(IFile.class);
        if (f != null && f.getLocation() != null) {
            return f.getLocation().toFile().toPath();
        }
        if (input instanceof IPathEditorInput p) {
            return p.getPath().toFile().toPath();
        }
        if (input instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())) {
            return Path.of(u.getURI());
        }
        throw new PartInitException("The diagram editor opens .lightwork files; '" + input.getName() + "' is not a local file");
    }

    @Override
    public void createPartControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        body.setLayout(layout);
        createViewer(DiagramKind.ARCHITECTURE);
        undo = new Action("Undo") {
            @Override
            public void run() {
                document.commandStack().undo();
            }
        };
        redo = new Action("Redo") {
            @Override
            public void run() {
                document.commandStack().redo();
            }
        };
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        updateUndoRedo();
    }

    /** The viewer on the document's design (again after a reload), with the kind chooser at the start of its bar. */
    private void createViewer(DiagramKind kind) {
        viewer = new DiagramViewer(body, document.domain(), document.design(), kind, document.positions());
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.addToBar(p -> {
            Label l = new Label(p, SWT.NONE);
            l.setText("Diagram:");
            return l;
        });
        kinds = viewer.addToBar(p -> {
            Combo c = new Combo(p, SWT.READ_ONLY);
            c.setItems("Architecture", "Link budget", "Thermal network");
            c.select(0);
            return c;
        });
        kinds.select(kind.ordinal());
        kinds.addListener(SWT.Selection, e -> showKind(DiagramKind.values()[kinds.getSelectionIndex()]));
        getSite().setSelectionProvider(viewer);
    }

    /** The file changed on disk and the clean document loaded it again: show the new design on the same kind. */
    private void reloaded() {
        if (body == null || body.isDisposed()) {
            return;
        }
        DiagramKind kind = viewer.kind();
        String lane = viewer.lane();
        viewer.getControl().dispose();
        createViewer(kind);
        if (lane != null && document.design().getLanes().stream().anyMatch(l -> lane.equals(l.getId()))) {
            viewer.setLane(lane);
        }
        body.layout(true, true);
        firePropertyChange(PROP_DIRTY);
        updateUndoRedo();
    }

    /** Shows another diagram kind (the lane chooser shows on the link diagram). */
    public void showKind(DiagramKind kind) {
        kinds.select(kind.ordinal());
        viewer.setKind(kind);
    }

    private void updateUndoRedo() {
        if (undo == null) {
            return;
        }
        CommandStack s = document.commandStack();
        undo.setEnabled(s.canUndo());
        undo.setText(s.canUndo() ? "Undo " + s.getUndoCommand().getLabel() : "Undo");
        redo.setEnabled(s.canRedo());
        redo.setText(s.canRedo() ? "Redo " + s.getRedoCommand().getLabel() : "Redo");
    }

    public DiagramViewer viewer() {
        return viewer;
    }

    /** The link diagram's lane chooser (item 0 = worst lane, then the lanes in model order). */
    public Combo laneChooser() {
        return viewer.laneChooser();
    }

    public TransceiverDesign design() {
        return document.design();
    }

    public Path file() {
        return file;
    }

    /** The open file: editing domain, save, dirty state, reload (shared implementation with the design editor). */
    public DesignDocument document() {
        return document;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class && viewer != null) {
            return type.cast(new DiagramOutlinePage(viewer));
        }
        if (type == EditingDomain.class) {
            return type.cast(document.domain());
        }
        if (type == TransceiverDesign.class) {
            return type.cast(document.design());
        }
        return super.getAdapter(type);
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document == null ? null : document.domain();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document.saveAsking(getSite().getShell(), monitor)) {
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered by the diagram editor");
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        // brought to the front: a file changed by another program (outside the workspace too) is noticed here
        document.checkOnDisk();
        viewer.canvas().control().setFocus();
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.dispose();
        }
        if (factory != null) {
            factory.dispose();
        }
        super.dispose();
    }
}
