package dev.lightwork.ui.problems;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceLibrary;

/** The one reference library and analyzer of the workbench (both immutable and thread-safe), loaded on first use. */
public final class WorkbenchAnalyzer {

    private WorkbenchAnalyzer() {
    }

    private static final class Holder {
        static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
        static final DesignAnalyzer ANALYZER = new DesignAnalyzer(LIBRARY);
    }

    public static DesignAnalyzer analyzer() {
        return Holder.ANALYZER;
    }

    public static ReferenceLibrary library() {
        return Holder.LIBRARY;
    }
}
