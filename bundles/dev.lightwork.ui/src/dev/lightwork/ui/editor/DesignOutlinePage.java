package dev.lightwork.ui.editor;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.lightwork.ui.diagram.DiagramThumbnail;
import dev.lightwork.ui.diagram.DiagramViewer;
import dev.lightwork.ui.edit.DesignContentProvider;
import dev.lightwork.ui.edit.DesignLabelProvider;

/**
 * The design's tree in the Outline view; on a diagram page the Outline also shows that diagram's thumbnail above
 * the tree. Selecting an element in the tree selects it on the active diagram page (which stays) or, on the tree
 * page, in the editor's tree; through the Outline view it is also the workbench selection that Properties and the
 * analysis views follow.
 */
final class DesignOutlinePage extends ContentOutlinePage {

    private final DesignEditor editor;
    private SashForm sash;
    private DiagramThumbnail thumbnail;
    private final Consumer<DiagramViewer> pageChanged = this::showDiagram;

    DesignOutlinePage(DesignEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL);
        thumbnail = new DiagramThumbnail(sash);
        super.createControl(sash);
        sash.setWeights(2, 3);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new DesignContentProvider(editor.adapterFactory()));
        viewer.setLabelProvider(new DesignLabelProvider(editor.adapterFactory()));
        viewer.setInput(editor.resource());
        viewer.expandToLevel(2);
        addSelectionChangedListener(e -> editor.selectFromOutline(e.getStructuredSelection()));
        if (editor.pages() != null) {
            editor.pages().addPageListener(pageChanged);
            showDiagram(editor.pages().activeDiagram());
        } else {
            showDiagram(null);
        }
    }

    @Override
    public Control getControl() {
        return sash;
    }

    /** The thumbnail (tests look at what it frames). */
    DiagramThumbnail thumbnail() {
        return thumbnail;
    }

    /** On a diagram page: thumbnail over the tree; on the tree page: the tree alone. */
    private void showDiagram(DiagramViewer viewer) {
        if (sash == null || sash.isDisposed()) {
            return;
        }
        thumbnail.setSource(viewer == null ? null : viewer.canvas());
        sash.setMaximizedControl(viewer == null ? getTreeViewer().getControl() : null);
    }

    /** Shows {@code resource} (after the editor reloaded the file). */
    void setInput(Object resource) {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(resource);
            viewer.expandToLevel(2);
        }
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        editor.actions().install(bars);
    }

    @Override
    public void dispose() {
        if (editor.pages() != null) {
            editor.pages().removePageListener(pageChanged);
        }
        super.dispose();
    }
}
