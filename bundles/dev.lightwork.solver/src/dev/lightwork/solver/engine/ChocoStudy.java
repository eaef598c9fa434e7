package dev.lightwork.solver.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;

/**
 * The separable model as a Choco model: one integer variable per factor (its allowed joint values), each
 * quantity a scalar sum of element look-ups plus the base value. Three roundings of every table: nearest for
 * objectives, floor/ceil for limits so an integer-feasible design is feasible for the real values too.
 */
final class ChocoStudy {

    enum Rounding { ROUND, FLOOR, CEIL }

    final SeparableModel sm;
    final Model model = new Model("trade study");
    final IntVar[] z;
    private final Map<String, IntVar> cache = new HashMap<>();

    ChocoStudy(SeparableModel sm) {
        this.sm = sm;
        z = new IntVar[sm.factors.size()];
        for (int f = 0; f < z.length; f++) {
            int[] allowed = sm.factors.get(f).allowed();
            if (allowed.length == 0) {
                throw new EmptyFactorException(f);
            }
            z[f] = model.intVar("factor" + f, allowed);
        }
    }

    /** A factor has no allowed value: nothing in the space is buildable. */
    static final class EmptyFactorException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int factor;

        EmptyFactorException(int factor) {
            super("factor " + factor + " has no allowed value");
            this.factor = factor;
        }
    }

    IntVar quantity(int q, Rounding r) {
        // not computeIfAbsent: building a quantity may cache a coefficient variable
        IntVar v = cache.get(q + "/" + r);
        if (v == null) {
            v = build(q, r);
            cache.put(q + "/" + r, v);
        }
        return v;
    }

    /**
     * Quantity q as a Choco variable. A quantity carrying a laser's temperature derating, c(laser) x (T_node - 25), is
     * bilinear in the choices; for each of the few coefficients the laser options have it is linear (the node
     * temperature is linear in the heats), so it is one scalar sum per coefficient, and the quantity is the sum the
     * chosen laser's coefficient selects. Each table entry is rounded once, as for the separable quantities: exact.
     */
    private IntVar build(int q, Rounding r) {
        int count = sm.coefficientCount(q);
        if (count == 1) {
            return sum(q, 0, r, sm.layout.name(q) + "/" + r);
        }
        IntVar[] sums = new IntVar[count];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int k = 0; k < count; k++) {
            sums[k] = sum(q, k, r, sm.layout.name(q) + "/" + r + "/c" + k);
            lo = Math.min(lo, sums[k].getLB());
            hi = Math.max(hi, sums[k].getUB());
        }
        IntVar value = model.intVar(sm.layout.name(q) + "/" + r, lo, hi);
        model.element(value, sums, coefficient(sm.layout.laneOf(q)), 0).post();
        return value;
    }

    /** The coefficient number of the lane's laser, a function of the factor that chooses it. */
    private IntVar coefficient(int lane) {
        IntVar k = cache.get("coefficient/" + lane);
        if (k == null) {
            k = model.intVar("coefficient of " + sm.layout.laneIds.get(lane), 0, sm.coefficients[lane].length - 1);
            model.element(k, sm.coefficientIndex[lane], z[sm.laserFactor[lane]]).post();
            cache.put("coefficient/" + lane, k);
        }
        return k;
    }

    private IntVar sum(int q, int k, Rounding r, String name) {
        int base = sm.units(q, sm.baseValue(q, k), r);
        List<IntVar> terms = new ArrayList<>();
        long lo = base;
        long hi = base;
        for (int f = 0; f < z.length; f++) {
            SeparableModel.Factor fa = sm.factors.get(f);
            int[] column = new int[fa.values()];
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int v : fa.allowed()) {
                column[v] = sm.units(q, sm.delta(fa, v, q, k), r);
                min = Math.min(min, column[v]);
                max = Math.max(max, column[v]);
            }
            if (min == max) {
                base += min;
                lo += min;
                hi += min;
                continue;
            }
            IntVar t = model.intVar(min, max);
            model.element(t, column, z[f]).post();
            terms.add(t);
            lo += min;
            hi += max;
        }
        if (terms.isEmpty()) {
            return model.intVar(base);
        }
        IntVar sum = model.intVar(name, (int) lo, (int) hi);
        terms.add(model.intVar(base));
        model.sum(terms.toArray(IntVar[]::new), "=", sum).post();
        return sum;
    }

    /** Smallest (or largest) of several quantities, e.g. the worst lane margin. */
    IntVar extreme(int[] quantities, Rounding r, boolean min) {
        if (quantities.length == 1) {
            return quantity(quantities[0], r);
        }
        IntVar[] vs = new IntVar[quantities.length];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < vs.length; i++) {
            vs[i] = quantity(quantities[i], r);
            lo = Math.min(lo, vs[i].getLB());
            hi = Math.max(hi, vs[i].getUB());
        }
        IntVar e = model.intVar(lo, hi);
        if (min) {
            model.min(e, vs).post();
        } else {
            model.max(e, vs).post();
        }
        return e;
    }

    void post(Limit limit) {
        for (int q : limit.quantities()) {
            double scale = sm.layout.scale(q);
            if (limit.boundQuantity() >= 0) {
                IntVar bound = quantity(limit.boundQuantity(), limit.upper() ? Rounding.FLOOR : Rounding.CEIL);
                IntVar value = quantity(q, limit.upper() ? Rounding.CEIL : Rounding.FLOOR);
                model.arithm(value, limit.upper() ? "<=" : ">=", bound).post();
            } else if (limit.upper()) {
                model.arithm(quantity(q, Rounding.CEIL), "<=", clamp(Math.floor(limit.bound() * scale + SeparableModel.EPSILON))).post();
            } else {
                model.arithm(quantity(q, Rounding.FLOOR), ">=", clamp(Math.ceil(limit.bound() * scale - SeparableModel.EPSILON))).post();
            }
        }
    }

    /**
     * How far the best design gets towards the limit, as an integer variable to optimise: the worst of its
     * quantities (minus the bound quantity, when the bound is one).
     */
    IntVar slack(Limit limit) {
        if (limit.boundQuantity() < 0) {
            return extreme(limit.quantities(), Rounding.ROUND, !limit.upper());
        }
        IntVar value = quantity(limit.quantities()[0], Rounding.ROUND);
        IntVar bound = quantity(limit.boundQuantity(), Rounding.ROUND);
        IntVar diff = model.intVar(value.getLB() - bound.getUB(), value.getUB() - bound.getLB());
        model.arithm(value, "-", bound, "=", diff).post();
        return diff;
    }

    private static int clamp(double v) {
        return (int) Math.max(Integer.MIN_VALUE / 4, Math.min(Integer.MAX_VALUE / 4, v));
    }
}
