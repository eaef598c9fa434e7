package dev.lightwork.yield;

import java.util.List;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;

/** The lane quantities a production test can measure, read from the analyzer's link budget (presentation only). */
public final class YieldTerms {

    public static final List<String> NAMES = List.of("TX_OMA", "TDECQ", "AVERAGE_LAUNCH", "OMA_MINUS_TDECQ", "EXTINCTION_RATIO", "RX_AVERAGE",
            "RX_OMA", "MARGIN");

    private YieldTerms() {
    }

    public static double value(LinkBudget b, String term) {
        return switch (term) {
            case "TX_OMA" -> b.txOmaDbm();
            case "TDECQ" -> b.tdecqDb();
            case "AVERAGE_LAUNCH" -> b.averageLaunchDbm();
            case "OMA_MINUS_TDECQ" -> b.txOmaDbm() - b.tdecqDb();
            case "EXTINCTION_RATIO" -> b.extinctionRatioDb();
            case "RX_AVERAGE" -> b.rxAverageDbm();
            case "RX_OMA" -> b.rxOmaDbm();
            case "MARGIN" -> b.marginDb();
            default -> throw new IllegalArgumentException("unknown test term " + term);
        };
    }

    /** The same quantities from a lane's budget numbers (the compiled path's per-sample lane check). */
    public static double value(LinkBudgetCalculator.LaneNumbers n, String term) {
        return switch (term) {
            case "TX_OMA" -> n.txOmaDbm();
            case "TDECQ" -> n.tdecqDb();
            case "AVERAGE_LAUNCH" -> n.averageLaunchDbm();
            case "OMA_MINUS_TDECQ" -> n.txOmaDbm() - n.tdecqDb();
            case "EXTINCTION_RATIO" -> n.extinctionRatioDb();
            case "RX_AVERAGE" -> n.rxAverageDbm();
            case "RX_OMA" -> n.rxOmaDbm();
            case "MARGIN" -> n.marginDb();
            default -> throw new IllegalArgumentException("unknown test term " + term);
        };
    }

    public static String unit(String term) {
        return switch (term) {
            case "TDECQ", "EXTINCTION_RATIO", "MARGIN" -> "dB";
            default -> "dBm";
        };
    }
}
