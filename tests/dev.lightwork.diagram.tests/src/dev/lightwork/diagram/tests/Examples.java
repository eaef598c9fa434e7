package dev.lightwork.diagram.tests;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/** The five reference designs, analysed once per test run. */
final class Examples {

    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(ReferenceLibrary.load());
    private static final Map<String, DesignAnalysis> ANALYSES = new ConcurrentHashMap<>();

    private Examples() {
    }

    static DesignAnalysis analysis(String template) {
        return ANALYSES.computeIfAbsent(template, t -> ANALYZER.analyze(ReferenceDesigns.TEMPLATES.get(t).get()));
    }

    static DesignAnalysis analyze(TransceiverDesign design) {
        return ANALYZER.analyze(design);
    }

    static Stream<String> templates() {
        return ReferenceDesigns.templateIds().stream();
    }

    /** Every (template, kind) pair. */
    static Stream<Arguments> templatesAndKinds() {
        return templates().flatMap(t -> Stream.of(DiagramKind.values()).map(k -> Arguments.of(t, k)));
    }
}
