package dev.lightwork.ui.problems;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.library.ReferenceLibrary;

/** The workbench's reference library and analyzer: the application's one instance ({@link SharedAnalysis#analyzer()}). */
public final class WorkbenchAnalyzer {

    private WorkbenchAnalyzer() {
    }

    public static DesignAnalyzer analyzer() {
        return SharedAnalysis.analyzer();
    }

    public static ReferenceLibrary library() {
        return SharedAnalysis.analyzer().library();
    }
}
