package dev.lightwork.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.diagram.DiagramPositions;
import dev.lightwork.ui.diagram.DiagramViewer;

/**
 * The design editor's pages: the tree, then the architecture, link and thermal diagrams (dev.lightwork.ui.diagram),
 * all on the editor's editing domain, so one command stack holds tree edits, diagram edits and moves (undo, dirty
 * state). Diagram pages are built when first shown and read the design's one shared analysis ({@link SharedAnalysis}). The editor's
 * selection is the active page's. Manual positions live in the design's sidecar file, which the editor's
 * {@link dev.lightwork.ui.diagram.DesignDocument} loads and saves with the design.
 */
public final class DiagramPages {

    private static final DiagramKind[] KINDS = {DiagramKind.ARCHITECTURE, DiagramKind.LINK, DiagramKind.THERMAL};

    private final CTabFolder folder;
    private final CTabItem treeItem;
    private final EditingDomain domain;
    /** The document's positions sidecar (a new one after a reload). */
    private final java.util.function.Supplier<DiagramPositions> positions;
    private final List<DiagramViewer> viewers = new ArrayList<>();
    private final Forwarding selection = new Forwarding();
    /** Told the active diagram viewer (null on the tree page) whenever the page changes. */
    private final List<java.util.function.Consumer<DiagramViewer>> pageListeners = new ArrayList<>();
    private ISelectionProvider tree;
    private TransceiverDesign design;
    private SharedAnalysis live;

    DiagramPages(Composite parent, EditingDomain domain, java.util.function.Supplier<DiagramPositions> positions) {
        this.domain = domain;
        this.positions = positions;
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        treeItem = new CTabItem(folder, SWT.NONE);
        treeItem.setText("Design");
        for (DiagramKind kind : KINDS) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(switch (kind) {
                case ARCHITECTURE -> "Architecture";
                case LINK -> "Link";
                case THERMAL -> "Thermal";
            });
            item.setData(kind);
        }
        folder.setSelection(treeItem);
        folder.addListener(SWT.Selection, e -> pageChanged());
    }

    /** Where the tree goes. */
    Composite treeParent() {
        return folder;
    }

    /** The tree page's control and selection provider; {@code design} is what the diagrams show. */
    void setTree(Control control, ISelectionProvider treeSelection, TransceiverDesign shown) {
        treeItem.setControl(control);
        tree = treeSelection;
        selection.follow(tree);
        reset(shown);
    }

    ISelectionProvider selectionProvider() {
        return selection;
    }

    /** A (re)loaded design: the diagram pages are rebuilt for it when next shown. */
    void reset(TransceiverDesign shown) {
        for (CTabItem item : folder.getItems()) {
            if (item != treeItem && item.getControl() != null) {
                item.getControl().dispose();
                item.setControl(null);
            }
        }
        viewers.clear();
        design = shown;
        live = shown == null ? null : SharedAnalysis.of(shown);
        if (folder.getSelection() != treeItem) {
            pageChanged();
        }
    }

    public void showTree() {
        folder.setSelection(treeItem);
        selection.follow(tree);
        pageListeners.forEach(l -> l.accept(null));
    }

    /** The diagram viewer of the selected page, if a diagram page is selected. */
    public DiagramViewer activeDiagram() {
        CTabItem item = folder.getSelection();
        return item != null && item.getData() instanceof DiagramKind ? viewerOf(item) : null;
    }

    /** Selects a diagram page (building it when needed) and returns its viewer. */
    public DiagramViewer showDiagram(DiagramKind kind) {
        for (CTabItem item : folder.getItems()) {
            if (item.getData() == kind) {
                folder.setSelection(item);
                pageChanged();
                return viewerOf(item);
            }
        }
        throw new IllegalArgumentException("no page for " + kind);
    }

    void dispose() {
        live = null;
    }

    /** {@code listener} is told the active diagram viewer (null: the tree page) after every page change. */
    void addPageListener(java.util.function.Consumer<DiagramViewer> listener) {
        pageListeners.add(listener);
    }

    void removePageListener(java.util.function.Consumer<DiagramViewer> listener) {
        pageListeners.remove(listener);
    }

    /**
     * Selects elements chosen elsewhere (the Outline) on the active diagram page, staying on it; false when the tree
     * page is active. On the link page a chosen lane becomes the lane shown.
     */
    boolean selectOnDiagram(IStructuredSelection chosen) {
        DiagramViewer viewer = activeDiagram();
        if (viewer == null) {
            return false;
        }
        if (viewer.kind() == DiagramKind.LINK && chosen.getFirstElement() instanceof Lane lane && !lane.getId().equals(viewer.lane())) {
            viewer.setLane(lane.getId());
        }
        viewer.setSelection(chosen);
        return true;
    }

    private void pageChanged() {
        CTabItem item = folder.getSelection();
        if (item == null || item == treeItem || design == null) {
            selection.follow(tree);
            pageListeners.forEach(l -> l.accept(null));
            return;
        }
        DiagramViewer viewer = viewerOf(item);
        if (viewer.kind() == DiagramKind.LINK) {
            // the link page shows the lane selected in the tree, if any
            ISelection treeSelection = tree.getSelection();
            if (treeSelection instanceof IStructuredSelection s && s.getFirstElement() instanceof Lane lane) {
                viewer.setLane(lane.getId());
            }
        }
        selection.follow(viewer);
        pageListeners.forEach(l -> l.accept(viewer));
    }

    private DiagramViewer viewerOf(CTabItem item) {
        if (item.getControl() != null) {
            return viewers.stream().filter(v -> v.getControl() == item.getControl()).findFirst().orElseThrow();
        }
        DiagramViewer viewer = new DiagramViewer(folder, domain, design, (DiagramKind) item.getData(), positions.get(), live::analysis);
        // the palette's create tools ask which catalogue part with the viewer's own picker (CatalogPartDialog, as Properties)
        viewers.add(viewer);
        item.setControl(viewer.getControl());
        return viewer;
    }

    /** The editor's selection provider: forwards the active page's selection and selection changes. */
    private static final class Forwarding implements ISelectionProvider, ISelectionChangedListener {
        private final List<ISelectionChangedListener> listeners = new ArrayList<>();
        private ISelectionProvider current;

        void follow(ISelectionProvider page) {
            if (page == current) {
                return;
            }
            if (current != null) {
                current.removeSelectionChangedListener(this);
            }
            current = page;
            if (current != null) {
                current.addSelectionChangedListener(this);
                selectionChanged(new SelectionChangedEvent(current, current.getSelection()));
            }
        }

        @Override
        public void selectionChanged(SelectionChangedEvent event) {
            SelectionChangedEvent forwarded = new SelectionChangedEvent(this, event.getSelection());
            for (ISelectionChangedListener l : List.copyOf(listeners)) {
                l.selectionChanged(forwarded);
            }
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return current == null ? StructuredSelection.EMPTY : current.getSelection();
        }

        @Override
        public void setSelection(ISelection selection) {
            if (current != null) {
                current.setSelection(selection);
            }
        }
    }
}
