package dev.lightwork.ui.editor;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.lightwork.ui.edit.DesignContentProvider;
import dev.lightwork.ui.edit.DesignLabelProvider;

/**
 * The design's tree in the Outline view; selecting an element there selects it in the editor (and, through the
 * Outline view, in the workbench selection that Properties and analysis views follow).
 */
final class DesignOutlinePage extends ContentOutlinePage {

    private final DesignEditor editor;

    DesignOutlinePage(DesignEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new DesignContentProvider(editor.adapterFactory()));
        viewer.setLabelProvider(new DesignLabelProvider(editor.adapterFactory()));
        viewer.setInput(editor.resource());
        viewer.expandToLevel(2);
        addSelectionChangedListener(e -> editor.selectInTree(e.getStructuredSelection()));
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
}
