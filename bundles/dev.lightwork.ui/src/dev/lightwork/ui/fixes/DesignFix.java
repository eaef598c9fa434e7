package dev.lightwork.ui.fixes;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.PlatformUI;

/**
 * A quick fix as the Problems view shows it. It re-plans when run, so the numbers fit the design as it is at
 * that moment (the designer may have edited since the list was shown).
 */
public final class DesignFix implements IMarkerResolution2 {

    private final FixRule rule;
    private final FixPlan shown;

    DesignFix(FixRule rule, FixPlan shown) {
        this.rule = rule;
        this.shown = shown;
    }

    @Override
    public String getLabel() {
        return shown.label();
    }

    @Override
    public String getDescription() {
        return shown.description();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        try {
            DesignTarget target = DesignTarget.of((IFile) marker.getResource());
            FixPlan plan = DesignQuickFixes.plan(DesignQuickFixes.context(marker, target), rule)
                    .orElseThrow(() -> new IllegalStateException("the problem is no longer there"));
            target.apply(plan);
        } catch (Exception e) {
            ILog.of(getClass()).error("Quick fix '" + shown.label() + "' failed", e);
            if (PlatformUI.isWorkbenchRunning()) {
                MessageDialog.openError(PlatformUI.getWorkbench().getDisplay().getActiveShell(), "Quick fix failed",
                        "'" + shown.label() + "' could not be applied: " + e.getMessage());
            }
        }
    }
}
