package dev.lightwork.ui.diagram;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** The Outline of the standalone diagram editor: the thumbnail of its diagram. */
public final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    private final DiagramViewer viewer;
    private DiagramThumbnail thumbnail;

    public DiagramOutlinePage(DiagramViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void createControl(Composite parent) {
        thumbnail = new DiagramThumbnail(parent);
        thumbnail.setSource(viewer.canvas());
    }

    public DiagramThumbnail thumbnail() {
        return thumbnail;
    }

    @Override
    public Control getControl() {
        return thumbnail == null ? null : thumbnail.control();
    }

    @Override
    public void setFocus() {
        thumbnail.control().setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // the thumbnail selects nothing: selection stays with the diagram
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
    }

    @Override
    public void setSelection(ISelection selection) {
    }
}
