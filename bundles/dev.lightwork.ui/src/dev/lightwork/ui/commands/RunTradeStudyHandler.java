package dev.lightwork.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Run Trade Study": brings up the Trade Study view (contributed by the analysis views bundle, which this bundle
 * does not depend on: it is found by id), which follows the current design selection.
 */
public final class RunTradeStudyHandler extends AbstractHandler {

    public static final String COMMAND_ID = "dev.lightwork.ui.runTradeStudy";
    public static final String VIEW_ID = "dev.lightwork.ui.views.tradeStudy";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getActivePage().showView(VIEW_ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Trade Study view", e);
        }
        return null;
    }
}
