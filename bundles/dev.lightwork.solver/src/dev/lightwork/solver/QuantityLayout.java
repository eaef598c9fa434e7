package dev.lightwork.solver;

import java.util.List;

/**
 * Positions of the measured quantities in one vector: module power, cost, power limit, then per lane margin,
 * average launch, TDECQ and eye margin, then per thermal node its temperature, then the named attributes.
 * Each position has an integer scale (units per display unit) for the Choco model.
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

    final int lanes;
    final List<String> laneIds;
    final List<String> nodes;
    final List<String> attributes;

    QuantityLayout(List<String> laneIds, List<String> nodes, List<String> attributes) {
        this.lanes = laneIds.size();
        this.laneIds = List.copyOf(laneIds);
        this.nodes = List.copyOf(nodes);
        this.attributes = List.copyOf(attributes);
    }

    int margin(int lane) {
        return FIXED + lane;
    }

    int launch(int lane) {
        return FIXED + lanes + lane;
    }

    int tdecq(int lane) {
        return FIXED + 2 * lanes + lane;
    }

    int eye(int lane) {
        return FIXED + 3 * lanes + lane;
    }

    int temperature(int node) {
        return FIXED + 4 * lanes + node;
    }

    int attribute(int a) {
        return FIXED + 4 * lanes + nodes.size() + a;
    }

    int size() {
        return FIXED + 4 * lanes + nodes.size() + attributes.size();
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
        } else if (q < launch(0)) {
            return "margin of " + laneIds.get(q - margin(0));
        } else if (q < tdecq(0)) {
            return "average launch power of " + laneIds.get(q - launch(0));
        } else if (q < eye(0)) {
            return "TDECQ of " + laneIds.get(q - tdecq(0));
        } else if (q < temperature(0)) {
            return "eye margin of " + laneIds.get(q - eye(0));
        } else if (q < attribute(0)) {
            return "temperature of " + nodes.get(q - temperature(0));
        }
        return attributes.get(q - attribute(0));
    }
}
