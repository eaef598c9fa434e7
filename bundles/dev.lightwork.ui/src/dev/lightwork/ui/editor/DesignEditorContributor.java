package dev.lightwork.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hands Edit-menu and key handling to the active design editor's own actions. */
public final class DesignEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof DesignEditor editor && editor.actions() != null) {
            editor.actions().install(getActionBars());
        }
    }
}
