package dev.lightwork.solver.engine;

import java.util.List;
import java.util.Locale;

import dev.lightwork.analysis.link.PmdCheck;
import dev.lightwork.analysis.link.PmdCheck.Term;
import dev.lightwork.library.PmdSpec;

/**
 * Positions of the measured quantities in one vector: module power, cost, power limit, then per lane its margin
 * and the value of every term its PMD table bounds (one position per check), then per thermal node its temperature,
 * then the named attributes. Each position has an integer scale (units per display unit) for the Choco model.
 * <p>
 * Lane quantities that contain the laser's temperature derating (margin, launch, OMA, OMA - TDECQ, receive power) are
 * measured without it when the laser sits on a solved thermal node ({@link #derated(int)}): the derating is the
 * product of the laser's coefficient and its node's temperature, which {@link ChocoStudy} adds back exactly.
 */
final class QuantityLayout {

    static final int POWER = 0;
    static final int COST = 1;
    static final int POWER_LIMIT = 2;
    private static final int FIXED = 3;

    /** 10 microwatt, 1 cent, 0.1 milli-dB, 1 milli-kelvin: resolutions of the integer model. */
    static final double POWER_SCALE = 1e5;
    static final double COST_SCALE = 100;
    static final double DB_SCALE = 1e4;
    static final double TEMPERATURE_SCALE = 1e3;
    static final double ATTRIBUTE_SCALE = 1e4;

    /** Stand-in for "no MSA class" (CPO engine): far above any module, inside the integer range. */
    static final double NO_POWER_LIMIT_W = 10_000;

    /**
     * Distance from the limit standing in for a check the analyzer does not make on a design (a laser without RIN or
     * wavelength): far on the passing side, inside the integer range.
     */
    static final double ABSENT_CHECK_DISTANCE = 10_000;

    /** One limit of the PMD table on a lane term: the analyzer's {@code PmdCheck} of that parameter. */
    record LaneCheck(Term term, String parameter, boolean upper, double limit, String pmd) {

        /** The term includes the laser's output power, hence its temperature derating. */
        boolean derated() {
            return switch (term) {
                case AVERAGE_LAUNCH, TX_OMA, OMA_MINUS_TDECQ, RX_AVERAGE, RX_OVERLOAD -> true;
                default -> false;
            };
        }

        String describe() {
            return String.format(Locale.ROOT, "%s %s %.2f %s on every lane (%s %s)", term.label(), upper ? "<=" : ">=", limit, term.unit(), pmd,
                    parameter);
        }
    }

    static List<LaneCheck> checksOf(PmdSpec pmd) {
        if (pmd == null) {
            return List.of();
        }
        // the analysis' own list of PMD bounds, so the solver constrains exactly what the calculator checks
        java.util.ArrayList<LaneCheck> out = new java.util.ArrayList<>();
        for (PmdCheck.Bound b : PmdCheck.BOUNDS) {
            pmd.value(b.parameter()).ifPresent(limit -> out.add(new LaneCheck(b.term(), b.parameter(), b.upperLimit(), limit, pmd.id())));
        }
        return List.copyOf(out);
    }

    final int lanes;
    final List<String> laneIds;
    final List<LaneCheck> checks;
    final List<String> nodes;
    final List<String> attributes;

    QuantityLayout(List<String> laneIds, List<LaneCheck> checks, List<String> nodes, List<String> attributes) {
        this.lanes = laneIds.size();
        this.laneIds = List.copyOf(laneIds);
        this.checks = List.copyOf(checks);
        this.nodes = List.copyOf(nodes);
        this.attributes = List.copyOf(attributes);
    }

    /** Lane quantity kinds: 0 the margin, 1 + k check k. */
    int laneKinds() {
        return 1 + checks.size();
    }

    int laneQuantity(int kind, int lane) {
        return FIXED + kind * lanes + lane;
    }

    int margin(int lane) {
        return laneQuantity(0, lane);
    }

    int check(int k, int lane) {
        return laneQuantity(1 + k, lane);
    }

    boolean isLane(int q) {
        return q >= FIXED && q < temperature(0);
    }

    /** The lane of a lane quantity. */
    int laneOf(int q) {
        return (q - FIXED) % lanes;
    }

    /** The kind of a lane quantity (0 margin, 1 + k check k). */
    int kindOf(int q) {
        return (q - FIXED) / lanes;
    }

    /** Whether lane quantity q contains the laser's temperature derating. */
    boolean derated(int q) {
        if (!isLane(q)) {
            return false;
        }
        int kind = kindOf(q);
        return kind == 0 || checks.get(kind - 1).derated();
    }

    int temperature(int node) {
        return FIXED + laneKinds() * lanes + node;
    }

    int attribute(int a) {
        return temperature(0) + nodes.size() + a;
    }

    int size() {
        return attribute(0) + attributes.size();
    }

    double scale(int q) {
        if (q == POWER || q == POWER_LIMIT) {
            return POWER_SCALE;
        } else if (q == COST) {
            return COST_SCALE;
        } else if (q < temperature(0)) {
            return DB_SCALE;
        } else if (q < attribute(0)) {
            return TEMPERATURE_SCALE;
        }
        return ATTRIBUTE_SCALE;
    }

    String name(int q) {
        if (q == POWER) {
            return "module power";
        } else if (q == COST) {
            return "cost";
        } else if (q == POWER_LIMIT) {
            return "MSA power limit";
        } else if (isLane(q)) {
            int kind = kindOf(q);
            String lane = laneIds.get(laneOf(q));
            return kind == 0 ? "margin of " + lane : checks.get(kind - 1).term().label() + " of " + lane + " (" + checks.get(kind - 1).parameter() + ")";
        } else if (q < attribute(0)) {
            return "temperature of " + nodes.get(q - temperature(0));
        }
        return attributes.get(q - attribute(0));
    }
}
