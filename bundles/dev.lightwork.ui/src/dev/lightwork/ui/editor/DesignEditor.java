package dev.lightwork.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.model.provider.LightworkItemProviderAdapterFactory;
import dev.lightwork.ui.edit.DesignContentProvider;
import dev.lightwork.ui.edit.DesignImages;
import dev.lightwork.ui.edit.DesignLabelProvider;
import dev.lightwork.ui.edit.DesignPropertySource;
import dev.lightwork.ui.edit.FeatureGroup;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.problems.DesignValidation;
import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.ui.diagram.DesignDocument;
import dev.lightwork.ui.diagram.ElementSeverity;

/**
 * The editor of a {@code .lightwork} design: a tree of the design (lanes, components, channels, thermal network,
 * trade studies) over EMF item providers, edited only through EMF commands on a {@link BasicCommandStack}
 * (undo/redo, dirty state), saved atomically through {@link DesignFiles}. Its selection (EObjects) drives the
 * Properties view and analysis views. A file that cannot be loaded shows the load error instead and is never
 * written.
 */
public final class DesignEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    public static final String ID = "dev.lightwork.ui.designEditor";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    /** The open file (load, save with the positions sidecar, dirty state, outside-change reload), as the diagram editor has it. */
    private DesignDocument document;
    private DesignLoadException loadError;
    private Path path;
    private TreeViewer viewer;
    private DiagramPages pages;
    private DesignEditActions actions;
    private DesignOutlinePage outline;
    private PropertySheetPage propertySheet;
    private final DesignImages menuImages = new DesignImages();
    private DesignLabelProvider labels;
    /** The design's one live analysis (shared with the diagram pages and the analysis views). */
    private SharedAnalysis liveProblems;
    private final Runnable modelChanged = this::scheduleProblems;
    private final Runnable updateProblems = () -> updateProblems(true);
    /** Quiet time after an edit before overlays and markers follow it (typing a value is one update). */
    static final int PROBLEMS_DELAY_MS = 300;

    /**
     * Follows the live analysis of the (re)loaded design: tree overlays show its problems at once; after each edit
     * the overlays and the file's Problems markers follow the model in the editor, saved or not (a quick fix or an
     * undo takes its marker away at once). Closing a dirty editor re-checks the file as saved.
     */
    private void followProblems(boolean markers) {
        if (liveProblems != null) {
            liveProblems.removeListener(modelChanged);
        }
        TransceiverDesign design = design();
        liveProblems = design == null ? null : SharedAnalysis.of(design);
        if (liveProblems != null) {
            liveProblems.addListener(modelChanged);
            updateProblems(markers);
        }
    }

    private void scheduleProblems() {
        org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
        if (org.eclipse.swt.widgets.Display.getCurrent() == display) {
            display.timerExec(PROBLEMS_DELAY_MS, updateProblems);
        } else {
            display.asyncExec(() -> display.timerExec(PROBLEMS_DELAY_MS, updateProblems));
        }
    }

    private void updateProblems(boolean markers) {
        if (viewer == null || viewer.getControl().isDisposed() || liveProblems == null) {
            return;
        }
        DesignAnalysis analysis;
        try {
            analysis = liveProblems.analysis();
        } catch (RuntimeException e) {
            ILog.of(getClass()).error("The analysis of " + path.getFileName() + " failed", e);
            return;
        }
        labels.setProblems(ElementSeverity.of(analysis));
        viewer.refresh(true);
        IFile file = file();
        if (markers && file != null) {
            DesignValidation.replace(file, DesignMarkers.attributes(analysis));
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        path = pathOf(input);
        adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new LightworkItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        document = new DesignDocument(path, file(), adapterFactory);
        domain = document.domain();
        loadError = document.loadError();
        document.addDirtyListener(() -> getSite().getShell().getDisplay().asyncExec(this::commandStackChanged));
        document.addReloadListener(this::reloaded);
        IFile file = file();
        if (file != null) {
            DesignValidation.schedule(file);
        }
    }

    /** The document loaded the file again after an outside change: the pages, outline and problems show the new design. */
    private void reloaded() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(document.resource());
        viewer.expandToLevel(2);
        pages.reset(design());
        followProblems(false);
        if (outline != null) {
            outline.setInput(document.resource());
        }
        firePropertyChange(PROP_DIRTY);
    }

    private static Path pathOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            return Path.of(uriInput.getURI());
        }
        throw new PartInitException("Lightwork designs open from files only, not from " + input.getName());
    }

    /** The workspace file being edited, or null for a file outside the workspace. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadError != null) {
            createErrorPage(parent);
            return;
        }
        pages = new DiagramPages(parent, domain, document::positions);
        viewer = new TreeViewer(pages.treeParent(), SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new DesignContentProvider(adapterFactory));
        labels = new DesignLabelProvider(adapterFactory);
        viewer.setLabelProvider(labels);
        viewer.setInput(document.resource());
        viewer.expandToLevel(2);
        pages.setTree(viewer.getControl(), viewer, design());
        followProblems(false);
        getSite().setSelectionProvider(pages.selectionProvider());
        actions = new DesignEditActions(domain, viewer);
        actions.install(getEditorSite().getActionBars());
        createContextMenu();
        if (design() != null) {
            viewer.setSelection(new StructuredSelection(design()));
        }
    }

    /** The file stays untouched: the page says what is wrong and where, and nothing can be saved. */
    private void createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.WRAP);
        title.setText("This design cannot be opened. The file has not been changed; fix it in a text editor and reopen it.");
        Text message = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        message.setText(loadError.getMessage());
        message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopUp");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    /** New child entries come from the item providers' child descriptors of the selected element. */
    private void fillContextMenu(IMenuManager menu) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.size() == 1) {
            Object selected = selection.getFirstElement();
            Object owner = selected instanceof FeatureGroup group ? group.owner() : selected;
            MenuManager newChild = new MenuManager("&New Child");
            for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
                if (selected instanceof FeatureGroup group && descriptor instanceof CommandParameter p && p.getEStructuralFeature() != group.feature()) {
                    continue; // a folder offers only children of its own kind
                }
                Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                if (command.canExecute()) {
                    newChild.add(new CommandAction(command, descriptor));
                }
            }
            menu.add(newChild);
            menu.add(new Separator());
        }
        menu.add(actions.undo());
        menu.add(actions.redo());
        menu.add(new Separator());
        menu.add(actions.copy());
        menu.add(actions.paste());
        menu.add(actions.delete());
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Executes one prepared command; labelled with the child it creates. */
    private final class CommandAction extends Action {
        private final Command command;

        CommandAction(Command command, Object descriptor) {
            super(childLabel(command, descriptor));
            this.command = command;
            if (command instanceof org.eclipse.emf.edit.command.CommandActionDelegate delegate) {
                org.eclipse.swt.graphics.Image image = menuImages.get(delegate.getImage());
                if (image != null) {
                    setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromImage(image));
                }
            }
        }

        @Override
        public void run() {
            domain.getCommandStack().execute(command);
        }
    }

    private static String childLabel(Command command, Object descriptor) {
        if (command instanceof org.eclipse.emf.edit.command.CommandActionDelegate delegate && delegate.getText() != null) {
            return delegate.getText();
        }
        return descriptor instanceof CommandParameter p && p.getValue() instanceof EObject e ? dev.lightwork.model.util.ModelLabels.kind(e) : "New element";
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Command last = domain.getCommandStack().getMostRecentCommand();
        if (last != null) {
            Collection<?> affected = last.getAffectedObjects();
            List<Object> visible = new ArrayList<>();
            for (Object o : affected) {
                if (o instanceof EObject e && e.eResource() == document.resource()) {
                    visible.add(o);
                }
            }
            if (!visible.isEmpty()) {
                viewer.setSelection(new StructuredSelection(visible), true);
            }
        }
        if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    /** Atomic save of the design and its positions sidecar through the document; the workspace sees the new file. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loadError != null || document.resource() == null) {
            return;
        }
        if (document.saveAsking(getSite().getShell(), monitor)) {
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: copy the file in the Project Explorer instead.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (document != null) {
            document.checkOnDisk(); // a change by another program, also to a file outside the workspace
        }
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    /** Selects the marker's element (stored as its URI fragment) in the tree. */
    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(DesignMarkers.ELEMENT_URI, null);
        if (fragment == null || document.resource() == null || viewer == null) {
            return;
        }
        EObject element = document.resource().getEObject(fragment);
        if (element != null) {
            selectInTree(new StructuredSelection(element));
        }
    }

    /** A selection made in the Outline: shown on the active diagram page (which stays), else in the tree. */
    void selectFromOutline(IStructuredSelection selection) {
        if (pages != null && pages.selectOnDiagram(selection)) {
            return;
        }
        selectInTree(selection);
    }

    void selectInTree(IStructuredSelection selection) {
        if (pages != null) {
            pages.showTree();
        }
        if (viewer != null && !viewer.getControl().isDisposed() && !selection.equals(viewer.getStructuredSelection())) {
            viewer.setSelection(selection, true);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == IContentOutlinePage.class && loadError == null) {
            if (outline == null) {
                outline = new DesignOutlinePage(this);
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class && loadError == null) {
            return type.cast(propertySheetPage());
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        if (type == TransceiverDesign.class) {
            return type.cast(design()); // the analysis views show the active editor's design
        }
        return super.getAdapter(type);
    }

    private PropertySheetPage propertySheetPage() {
        if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
            propertySheet = new PropertySheetPage() {
                @Override
                public void setActionBars(org.eclipse.ui.IActionBars bars) {
                    super.setActionBars(bars);
                    actions.install(bars);
                }
            };
            propertySheet.setPropertySourceProvider(this::propertySource);
        }
        return propertySheet;
    }

    /** The property source the Properties view shows for a selected element of this design. */
    public DesignPropertySource propertySource(Object object) {
        return object instanceof EObject e ? new DesignPropertySource(e, adapterFactory, domain) : null;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** The design root, or null when the file could not be loaded. */
    public TransceiverDesign design() {
        return document == null ? null : document.design();
    }

    /** Why the file could not be loaded, or null. */
    public DesignLoadException loadError() {
        return loadError;
    }

    /** The tree and diagram pages (tests and commands select and drive them). */
    public DiagramPages pages() {
        return pages;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    Resource resource() {
        return document.resource();
    }

    /** The open file, shared implementation with the diagram editor. */
    public DesignDocument document() {
        return document;
    }

    ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    DesignEditActions actions() {
        return actions;
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.dispose();
        }
        if (liveProblems != null) {
            liveProblems.removeListener(modelChanged);
            if (isDirty() && file() != null) {
                DesignValidation.schedule(file()); // the markers showed the unsaved edits: back to the file as saved
            }
        }
        if (pages != null) {
            pages.dispose();
        }
        menuImages.dispose();
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
