package dev.lightwork.ui.help;

import java.util.Map;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;

/** Which F1 context (contexts.xml) belongs to which editor or view: the one table of it. */
final class HelpContexts {

    static final String PREFIX = "dev.lightwork.ui.help.";

    private static final Map<String, String> BY_PART = Map.of(
            "dev.lightwork.ui.designEditor", "designEditor",
            "dev.lightwork.ui.diagram.editor", "designEditor",
            "dev.lightwork.ui.views.linkBudget", "linkBudgetView",
            "dev.lightwork.ui.views.power", "powerView",
            "dev.lightwork.ui.views.thermal", "thermalView",
            "dev.lightwork.ui.views.tradeStudy", "tradeStudyView",
            "dev.lightwork.ui.views.yield", "yieldView",
            "org.eclipse.ui.views.ProblemView", "problemsView");

    private HelpContexts() {
    }

    /** The help context of a workbench part, or null when the guide has none for it. */
    static IContext forPart(String partId) {
        String id = partId == null ? null : BY_PART.get(partId);
        return id == null ? null : HelpSystem.getContext(PREFIX + id);
    }

    /** Context id of a part (for tests and {@code setHelp}), or null. */
    static String idForPart(String partId) {
        String id = BY_PART.get(partId);
        return id == null ? null : PREFIX + id;
    }
}
