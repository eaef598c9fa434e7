package dev.lightwork.solver.engine;

/**
 * A hard limit of the study on one or more quantities (each must satisfy it, e.g. the margin of every lane):
 * {@code quantity <= bound} when {@code upper}, else {@code >=}. With {@code boundQuantity} >= 0 the bound is that
 * quantity instead (module power against the form factor's class limit). {@code rule}: one of the validators'
 * rules (not negotiable), else a constraint of the study.
 */
record Limit(String name, int[] quantities, boolean upper, double bound, int boundQuantity, String unit, boolean rule) {

    static Limit rule(String name, int[] quantities, boolean upper, double bound, String unit) {
        return new Limit(name, quantities, upper, bound, -1, unit, true);
    }

    static Limit of(String name, int[] quantities, boolean upper, double bound, String unit) {
        return new Limit(name, quantities, upper, bound, -1, unit, false);
    }
}
