package dev.lightwork.solver.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.PartKind;
import dev.lightwork.model.Component;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.VariableKind;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.ProgressMonitor;
import dev.lightwork.solver.StudyCancelledException;
import dev.lightwork.solver.StudyInputException;
import dev.lightwork.solver.StudyVariable;

/**
 * The design space as a separable function: every measured quantity q of a design x is
 * q(base) + sum over factors f of delta_f(x_f). A factor is one variable, or the laser and modulator choices
 * together (the extinction ratio, and so OMA, comes from the pair). The deltas are measured by materialising the
 * base design with one factor changed and running the analysis bundle on it: the physics is the analyzer's, not
 * re-implemented here. Values whose design the analyzer or the compatibility rules reject are excluded from the
 * factor's domain, with the reason kept for the infeasibility explanation.
 * <p>
 * One product is not separable: the analyzer derates a laser by c x (T - 25 C), c the chosen laser's dB/K and T its
 * thermal node's solved temperature, which the heat of every part on the network moves. With the network fixed, T is
 * linear in the part powers, so it is separable; the lane quantities that contain the derating are measured without
 * it, and for each of the (few) distinct coefficients c_k of the lane's laser options the quantity is again separable:
 * base + c_k (T_base - 25) + sum_f (delta_f + c_k dT_f). {@link ChocoStudy} builds one sum per c_k and selects the
 * one of the chosen laser. A study whose choices move a laser to another node, let two variables choose one lane's
 * laser, or change a node's temperature limit is refused ({@link StudyInputException}) rather than approximated.
 */
final class SeparableModel {

    /** One factor: its variables (1 or 2), and per joint value the quantity deltas or the reason it is excluded. */
    static final class Factor {
        final int[] variables;
        final int[] sizes;
        final double[][] delta;
        /** Per joint value and lane: the change of the lane laser's temperature coefficient (dB/K). */
        final double[][] coefficient;
        final String[] excluded;

        Factor(int[] variables, int[] sizes, int values, int quantities, int lanes) {
            this.variables = variables;
            this.sizes = sizes;
            this.delta = new double[values][quantities];
            this.coefficient = new double[values][lanes];
            this.excluded = new String[values];
        }

        int values() {
            return delta.length;
        }

        /** The option index of variable {@code k} (0 or 1) in joint value {@code value}. */
        int option(int value, int k) {
            return variables.length == 1 ? value : k == 0 ? value / sizes[1] : value % sizes[1];
        }

        int[] allowed() {
            return IntStream.range(0, values()).filter(v -> excluded[v] == null).toArray();
        }
    }

    final TransceiverDesign base;
    final List<StudyVariable> variables;
    final QuantityLayout layout;
    final double[] baseValues;
    final List<Factor> factors = new ArrayList<>();
    /** Per lane: its laser's solved thermal node (index into the layout's nodes), or -1 (the derating is separable then). */
    final int[] laserNode;
    /** Per lane: the factor that chooses its laser's temperature coefficient, or -1 when no factor changes it. */
    final int[] laserFactor;
    /** Per lane: the distinct coefficients (dB/K) its laser can have; per value of {@code laserFactor} the index into them. */
    final double[][] coefficients;
    final int[][] coefficientIndex;
    /** Lanes that share every coefficient with an earlier lane are measured once: representatives, in lane order. */
    final int[] laneGroups;
    final double nominalGbps;

    SeparableModel(DesignAnalyzer analyzer, TransceiverDesign base, List<StudyVariable> variables, List<String> attributes, boolean needCost,
            ProgressMonitor monitor) {
        this.base = base;
        this.variables = variables;
        DesignMaterialiser materialiser = new DesignMaterialiser(analyzer.library());
        var baseAnalysis = analyzer.analyze(base);
        List<String> nodes = base.getThermalNetwork() == null ? List.of()
                : base.getThermalNetwork().getNodes().stream().filter(n -> !n.isBoundary()).map(ThermalNode::getId).toList();
        this.layout = new QuantityLayout(base.getLanes().stream().map(l -> l.getId()).toList(),
                QuantityLayout.checksOf(analyzer.library().pmd(base.getOpticalPmd()).orElse(null)), nodes, attributes);
        DesignMeasures measures = new DesignMeasures(layout, needCost);
        DesignMeasures.Measured b = measures.measure(base, baseAnalysis);
        if (!b.problems().isEmpty()) {
            throw new StudyInputException("base design " + base.getId() + " cannot be analysed: " + String.join("; ", b.problems()));
        }
        this.baseValues = b.values();
        this.laserNode = b.laserNode();
        double[] baseCoefficient = b.coefficient();
        this.nominalGbps = baseAnalysis.power().nominalGbps();
        for (int q = 0; q < baseValues.length; q++) {
            if (!Double.isFinite(baseValues[q])) {
                throw new StudyInputException("base design " + base.getId() + ": " + layout.name(q) + " is not known (" + baseValues[q] + ")");
            }
        }
        buildFactors();
        int total = factors.stream().mapToInt(Factor::values).sum();
        monitor.beginTask("Measuring " + total + " part choices with the analyzer", total);
        for (Factor f : factors) {
            for (int v = 0; v < f.values(); v++) {
                int[] choice = new int[variables.size()];
                Arrays.fill(choice, -1);
                for (int k = 0; k < f.variables.length; k++) {
                    choice[f.variables[k]] = f.option(v, k);
                }
                TransceiverDesign d = materialiser.materialise(base, variables, choice);
                DesignMeasures.Measured m = measures.measure(d, analyzer.analyze(d));
                if (!m.problems().isEmpty()) {
                    f.excluded[v] = label(f, v) + ": " + m.problems().get(0);
                } else {
                    for (int n = 0; n < layout.nodes.size(); n++) {
                        if (Double.compare(m.nodeLimit()[n], b.nodeLimit()[n]) != 0) {
                            throw new StudyInputException(label(f, v) + " changes the temperature limit of thermal node " + layout.nodes.get(n) + " from "
                                    + b.nodeLimit()[n] + " to " + m.nodeLimit()[n] + " C (the lowest junction limit of its parts); the solver holds node "
                                    + "limits fixed: give the node its own limitC");
                        }
                    }
                    for (int lane = 0; lane < layout.lanes; lane++) {
                        if (m.laserNode()[lane] != laserNode[lane]) {
                            throw new StudyInputException(label(f, v) + " moves the laser of lane " + layout.laneIds.get(lane) + " to another thermal node "
                                    + "than in base design " + base.getId() + "; the laser temperature coupling is modelled on a fixed node");
                        }
                        f.coefficient[v][lane] = m.coefficient()[lane] - baseCoefficient[lane];
                    }
                    for (int q = 0; q < baseValues.length; q++) {
                        double value = m.values()[q];
                        if (!Double.isFinite(value)) {
                            f.excluded[v] = label(f, v) + ": " + layout.name(q) + " is not known";
                            break;
                        }
                        f.delta[v][q] = value - baseValues[q];
                    }
                }
                monitor.worked(1);
                if (monitor.isCanceled()) {
                    throw new StudyCancelledException();
                }
            }
        }
        laserFactor = new int[layout.lanes];
        coefficients = new double[layout.lanes][];
        coefficientIndex = new int[layout.lanes][];
        for (int lane = 0; lane < layout.lanes; lane++) {
            laserFactor[lane] = -1;
            for (int fi = 0; fi < factors.size(); fi++) {
                Factor f = factors.get(fi);
                int l = lane;
                if (IntStream.of(f.allowed()).anyMatch(v -> f.coefficient[v][l] != 0)) {
                    if (laserFactor[lane] >= 0 && laserNode[lane] >= 0) {
                        throw new StudyInputException("two design variables (" + label(factors.get(laserFactor[lane]), 0) + ", " + label(f, 0)
                                + ") both change the laser of lane " + layout.laneIds.get(lane)
                                + "; the laser temperature coupling is modelled for one laser choice per lane");
                    }
                    laserFactor[lane] = fi;
                }
            }
            if (laserFactor[lane] < 0) {
                coefficients[lane] = new double[] {baseCoefficient[lane]};
                continue;
            }
            Factor f = factors.get(laserFactor[lane]);
            List<Double> distinct = new ArrayList<>();
            coefficientIndex[lane] = new int[f.values()];
            for (int v : f.allowed()) {
                double c = baseCoefficient[lane] + f.coefficient[v][lane];
                if (!distinct.contains(c)) {
                    distinct.add(c);
                }
                coefficientIndex[lane][v] = distinct.indexOf(c);
            }
            coefficients[lane] = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        }
        for (int q = 0; q < baseValues.length; q++) {
            for (int k = 0; k < coefficientCount(q); k++) {
                scaled(q, baseValue(q, k));
                for (Factor f : factors) {
                    for (int v : f.allowed()) {
                        scaled(q, delta(f, v, q, k));
                    }
                }
            }
        }
        this.laneGroups = groupLanes();
    }

    /** Whether quantity q carries the product of laser coefficient and node temperature (then it has one table per coefficient). */
    boolean coupled(int q) {
        return layout.derated(q) && laserNode[layout.laneOf(q)] >= 0;
    }

    /** How many tables quantity q has: one per distinct laser coefficient of its lane when coupled, else one. */
    int coefficientCount(int q) {
        return coupled(q) ? coefficients[layout.laneOf(q)].length : 1;
    }

    /**
     * Base value of quantity q when its lane's laser has coefficient number k: the separable part plus
     * c_k x (T_node(base) - 25 C), the analyzer's derating (output power is specified at 25 C).
     */
    double baseValue(int q, int k) {
        if (!coupled(q)) {
            return baseValues[q];
        }
        int lane = layout.laneOf(q);
        return baseValues[q] + coefficients[lane][k] * (baseValues[layout.temperature(laserNode[lane])] - 25.0);
    }

    /** Contribution of factor f's value v to quantity q with coefficient number k: with a fixed coefficient, T is linear in the heats. */
    double delta(Factor f, int v, int q, int k) {
        if (!coupled(q)) {
            return f.delta[v][q];
        }
        int lane = layout.laneOf(q);
        return f.delta[v][q] + coefficients[lane][k] * f.delta[v][layout.temperature(laserNode[lane])];
    }

    /** A real value of quantity q in integer units, rounded as asked (floor/ceil absorb floating-point noise below the resolution). */
    int units(int q, double value, ChocoStudy.Rounding r) {
        double s = scaled(q, value);
        return switch (r) {
            case ROUND -> (int) Math.round(s);
            case FLOOR -> (int) Math.floor(s + EPSILON);
            case CEIL -> (int) Math.ceil(s - EPSILON);
        };
    }

    /** The coefficient number of the lane of quantity q for the given factor values. */
    int coefficientOf(int q, int[] factorValues) {
        if (!coupled(q)) {
            return 0;
        }
        int lane = layout.laneOf(q);
        return laserFactor[lane] < 0 ? 0 : coefficientIndex[lane][factorValues[laserFactor[lane]]];
    }

    /** Below the integer resolution: absorbs floating-point noise so an exact 3.4 dB stays 34000 units. */
    static final double EPSILON = 1e-6;

    double scaled(int q, double value) {
        double s = value * layout.scale(q);
        if (Math.abs(s) > 1e9) {
            throw new StudyInputException(layout.name(q) + " = " + value + " is outside the solver's integer range");
        }
        return s;
    }

    /** Factors: one per variable, except that the single laser and the single modulator choice form one pair. */
    private void buildFactors() {
        int laser = -1;
        int modulator = -1;
        for (int i = 0; i < variables.size(); i++) {
            PartKind k = partKind(variables.get(i));
            if (k == PartKind.LASER) {
                if (laser >= 0) {
                    laser = -2;
                } else if (laser == -1) {
                    laser = i;
                }
            } else if (k == PartKind.MODULATOR) {
                if (modulator >= 0) {
                    modulator = -2;
                } else if (modulator == -1) {
                    modulator = i;
                }
            }
        }
        if ((laser == -2 && modulator != -1) || (modulator == -2 && laser != -1)) {
            throw new StudyInputException("the study has several laser or modulator variables together with the other kind; "
                    + "the extinction-ratio interaction is modelled for one laser and one modulator choice");
        }
        int quantities = layout.size();
        for (int i = 0; i < variables.size(); i++) {
            if (i == modulator && laser >= 0) {
                continue;
            }
            if (i == laser && modulator >= 0) {
                int a = laser;
                int b = modulator;
                int[] sizes = {variables.get(a).size(), variables.get(b).size()};
                factors.add(new Factor(new int[] {a, b}, sizes, sizes[0] * sizes[1], quantities, layout.lanes));
            } else {
                factors.add(new Factor(new int[] {i}, new int[] {variables.get(i).size()}, variables.get(i).size(), quantities, layout.lanes));
            }
        }
    }

    private PartKind partKind(StudyVariable v) {
        if (v.kind() != VariableKind.CATALOG_CHOICE) {
            return null;
        }
        PartKind k = DesignMaterialiser.slotKind(v.slot());
        if (k != null) {
            return k;
        }
        List<Component> parts = DesignMaterialiser.slotComponents(base, v.slot());
        if (parts.isEmpty()) {
            throw new StudyInputException("design variable " + v.name() + ": slot '" + v.slot()
                    + "' is neither a part kind " + List.of(PartKind.values()) + " nor a component id of design " + base.getId());
        }
        return parts.get(0) instanceof Modulator ? PartKind.MODULATOR : DesignMaterialiser.kindOf(parts.get(0));
    }

    private int[] groupLanes() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int l = 0; l < layout.lanes; l++) {
            StringBuilder key = new StringBuilder();
            key.append(laserNode[l]).append('/').append(laserFactor[l]).append('/').append(Arrays.toString(coefficients[l])).append('/')
                    .append(Arrays.toString(coefficientIndex[l])).append(';');
            for (int kind = 0; kind < layout.laneKinds(); kind++) {
                int q = layout.laneQuantity(kind, l);
                for (int k = 0; k < coefficientCount(q); k++) {
                    key.append(Double.doubleToLongBits(baseValue(q, k))).append(';');
                    for (Factor f : factors) {
                        for (int v : f.allowed()) {
                            key.append(Double.doubleToLongBits(delta(f, v, q, k))).append(',');
                        }
                    }
                }
            }
            seen.putIfAbsent(key.toString(), l);
        }
        return seen.values().stream().mapToInt(Integer::intValue).toArray();
    }

    String label(Factor f, int value) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < f.variables.length; k++) {
            StudyVariable v = variables.get(f.variables[k]);
            s.append(k == 0 ? "" : " with ").append(v.name()).append(" = ").append(v.option(f.option(value, k)));
        }
        return s.toString();
    }

    /** The number of combinations the study declares (product of the option counts). */
    BigInteger combinations() {
        return variables.stream().map(v -> BigInteger.valueOf(v.size())).reduce(BigInteger.ONE, BigInteger::multiply);
    }

    /** The option of every variable for one joint value per factor. */
    int[] choice(int[] factorValues) {
        int[] choice = new int[variables.size()];
        for (int f = 0; f < factors.size(); f++) {
            Factor fa = factors.get(f);
            for (int k = 0; k < fa.variables.length; k++) {
                choice[fa.variables[k]] = fa.option(factorValues[f], k);
            }
        }
        return choice;
    }

    /** Rounded integer value of quantity q for the given factor values (what the Choco model computes). */
    long roundValue(int q, int[] factorValues) {
        int k = coefficientOf(q, factorValues);
        long sum = units(q, baseValue(q, k), ChocoStudy.Rounding.ROUND);
        for (int f = 0; f < factors.size(); f++) {
            sum += units(q, delta(factors.get(f), factorValues[f], q, k), ChocoStudy.Rounding.ROUND);
        }
        return sum;
    }

    /** The largest gap between a rounded integer sum and the true value, in display units. */
    double tolerance(int q) {
        return (factors.size() + 1) * 0.5 / layout.scale(q) + 1e-9;
    }
}
