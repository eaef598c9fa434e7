package dev.lightwork.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.Diagrams;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.diagram.paint.DiagramImages;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/**
 * Scene + ELK layout + SVG of every diagram of the five reference designs, and of a generated ~2,000-node
 * architecture diagram (the CPO engine cut to 286 lanes, grouping off: 7 nodes per lane row). Goal: <= 1 s warm.
 */
final class DiagramBenchmark {

    private static final int GENERATED_LANES = 286;

    private DiagramBenchmark() {
    }

    static void run() {
        DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
        TransceiverDesign big = ReferenceDesigns.cpo51200G();
        big.getLanes().subList(GENERATED_LANES, big.getLanes().size()).clear();
        DesignAnalysis bigAnalysis = analyzer.analyze(big);
        DiagramOptions ungrouped = DiagramOptions.DEFAULT.withGroupThreshold(Integer.MAX_VALUE);
        Scene probe = Diagrams.scene(DiagramKind.ARCHITECTURE, bigAnalysis, ungrouped);
        System.out.printf("diagram: generated architecture, %d lanes ungrouped: %d nodes, %d edges%n", GENERATED_LANES,
                probe.nodes().size(), probe.edges().size());
        double[] ms = Benchmarks.time(3, 7, i -> DiagramImages.svg(Diagrams.scene(DiagramKind.ARCHITECTURE, bigAnalysis, ungrouped)));
        System.out.println("  2,000-node layout + SVG      " + Benchmarks.summary(ms));
        // on a shared machine wall time mostly measures the queue for a core; thread CPU time shows the work itself
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[7];
        for (int i = 0; i < cpu.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            DiagramImages.svg(Diagrams.scene(DiagramKind.ARCHITECTURE, bigAnalysis, ungrouped));
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(cpu);
        System.out.println("  2,000-node, thread CPU time  " + Benchmarks.summary(cpu));
        for (Map.Entry<String, Supplier<TransceiverDesign>> e : ReferenceDesigns.TEMPLATES.entrySet()) {
            DesignAnalysis a = analyzer.analyze(e.getValue().get());
            for (DiagramKind kind : DiagramKind.values()) {
                double[] t = Benchmarks.time(10, 15, i -> Diagrams.svg(kind, a));
                System.out.printf("  %-17s %-12s %s%n", e.getKey(), kind.cliName(), Benchmarks.summary(t));
            }
        }
    }
}
