package dev.lightwork.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * The diagram editor for {@code *.lightwork} (Open With > Diagram Editor; the tree design editor is the default).
 * Standalone it loads the design with {@link DesignFiles} into its own {@link AdapterFactoryEditingDomain} and
 * {@link BasicCommandStack}; a kind switcher (architecture, link with a lane chooser, thermal) drives one
 * {@link DiagramViewer}. Save writes the design atomically and the placement sidecar.
 */
public class DiagramEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "dev.lightwork.ui.diagram.editor";

    private Path file;
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private TransceiverDesign design;
    private DiagramPositions positions;
    private DiagramViewer viewer;
    private Combo kinds;
    private Combo lanes;
    private CommandStackListener dirtyListener;
    private Action undo;
    private Action redo;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = path(input);
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), DesignFiles.newResourceSet());
        try {
            resource = DesignFiles.loadResource(file, domain.getResourceSet());
        } catch (DesignLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof TransceiverDesign d)) {
            throw new PartInitException(file + " holds no transceiver design");
        }
        design = d;
        try {
            positions = DiagramPositions.load(file);
        } catch (IOException e) {
            throw new PartInitException("Cannot read the diagram positions: " + e.getMessage() + " (delete " + DiagramPositions.sidecar(file)
                    + " to start from the automatic layout)", e);
        }
        setPartName(input.getName());
        dirtyListener = e -> site.getShell().getDisplay().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            updateUndoRedo();
        });
        domain.getCommandStack().addCommandStackListener(dirtyListener);
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
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        body.setLayout(layout);
        Composite bar = new Composite(body, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(5, false));
        new Label(bar, SWT.NONE).setText("Diagram:");
        kinds = new Combo(bar, SWT.READ_ONLY);
        kinds.setItems("Architecture", "Link budget", "Thermal network");
        kinds.select(0);
        lanes = new Combo(bar, SWT.READ_ONLY);
        lanes.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        lanes.setToolTipText("Lane shown on the link diagram");
        ToolBar actions = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        actions.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));
        item(actions, "Fit", "Zoom to show the whole diagram", () -> viewer.canvas().fit());
        item(actions, "Arrange all", "Let ELK place every node again (undoable)", () -> viewer.arrangeAll());
        item(actions, "Export...", "Save this diagram as SVG or PNG (same output as the command line)", this::export);

        viewer = new DiagramViewer(body, domain, design, DiagramKind.ARCHITECTURE, positions);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        kinds.addListener(SWT.Selection, e -> showKind(DiagramKind.values()[kinds.getSelectionIndex()]));
        lanes.addListener(SWT.Selection, e -> viewer.setLane(lanes.getSelectionIndex() <= 0 ? null : design.getLanes().get(lanes.getSelectionIndex() - 1).getId()));
        fillLanes();
        lanes.setEnabled(false);
        getSite().setSelectionProvider(viewer);

        undo = new Action("Undo") {
            @Override
            public void run() {
                domain.getCommandStack().undo();
            }
        };
        redo = new Action("Redo") {
            @Override
            public void run() {
                domain.getCommandStack().redo();
            }
        };
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        updateUndoRedo();
        body.getDisplay().asyncExec(() -> {
            if (!body.isDisposed()) {
                viewer.canvas().fit();
            }
        });
    }

    /** Shows another diagram kind (the lane chooser is active on the link diagram). */
    public void showKind(DiagramKind kind) {
        kinds.select(kind.ordinal());
        lanes.setEnabled(kind == DiagramKind.LINK);
        if (kind == DiagramKind.LINK) {
            fillLanes();
        }
        viewer.setKind(kind);
    }

    private void fillLanes() {
        List<Lane> all = design.getLanes();
        String[] items = new String[all.size() + 1];
        items[0] = "worst lane";
        for (int i = 0; i < all.size(); i++) {
            Lane l = all.get(i);
            items[i + 1] = l.getName() != null && !l.getName().isBlank() ? l.getName() + " (" + l.getId() + ")" : l.getId();
        }
        lanes.setItems(items);
        int current = viewer.lane() == null ? 0 : all.indexOf(all.stream().filter(l -> viewer.lane().equals(l.getId())).findFirst().orElse(null)) + 1;
        lanes.select(Math.max(0, current));
    }

    private static void item(ToolBar bar, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
    }

    private void export() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.svg", "*.png"});
        dialog.setFilterNames(new String[] {"SVG (vector)", "PNG (2 px per unit)"});
        dialog.setFileName(design.getId() + "-" + viewer.kind().cliName() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            viewer.export(Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Export diagram", "Could not export to " + chosen + ": " + e.getMessage());
        }
    }

    private void updateUndoRedo() {
        if (undo == null) {
            return;
        }
        CommandStack s = domain.getCommandStack();
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
        return lanes;
    }

    public TransceiverDesign design() {
        return design;
    }

    public Path file() {
        return file;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            DesignFiles.save(resource, file);
            positions.save(file);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            IFile f = getEditorInput().getAdapter(IFile.class);
            if (f != null) {
                f.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Save design", "Could not save " + file + ": " + e.getMessage()
                    + "\nThe file on disk is unchanged; your edits are still open.");
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        } catch (CoreException e) {
            // saved; only the workspace's view of the folder is stale until the next refresh
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered by the diagram editor");
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        viewer.canvas().control().setFocus();
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(dirtyListener);
            ((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
        }
        super.dispose();
    }
}
