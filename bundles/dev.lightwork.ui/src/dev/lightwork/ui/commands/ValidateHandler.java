package dev.lightwork.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;

import dev.lightwork.ui.problems.DesignValidation;

/** "Validate": re-runs the analyzer on the selected or edited design file and refreshes its Problems markers. */
public final class ValidateHandler extends AbstractHandler {

    public static final String COMMAND_ID = "dev.lightwork.ui.validate";

    @Override
    public Object execute(ExecutionEvent event) {
        IFile design = DesignFileTarget.of(event);
        if (design == null) {
            DesignFileTarget.tell(event, "Validate: select a .lightwork file or open a design", true);
            return null;
        }
        DesignValidation.schedule(design);
        DesignFileTarget.tell(event, "Validating " + design.getFullPath() + " (the saved file; results in the Problems view)", false);
        return null;
    }
}
