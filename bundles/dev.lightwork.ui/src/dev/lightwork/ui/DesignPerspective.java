package dev.lightwork.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The designer's layout: designs on the left, editor in the middle, Properties and Problems below. */
public final class DesignPerspective implements IPerspectiveFactory {

    public static final String ID = "dev.lightwork.ui.perspective";
    /** Project Explorer (Common Navigator over the workspace). */
    public static final String PROJECT_EXPLORER = IPageLayout.ID_PROJECT_EXPLORER;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        // below the editor: tall enough for the analysis views' charts (they stack right of Properties, see ui.views);
        // made first, so it spans the window's width under the explorer and the outline too
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.45f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        dev.lightwork.ui.problems.RootCauseGrouping.makeDefault(); // Problems grouped by root cause unless the user chose otherwise
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);

        layout.addNewWizardShortcut(dev.lightwork.ui.examples.NewDesignWizard.ID);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
    }
}
