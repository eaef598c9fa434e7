package dev.lightwork.cli.validate;

import java.util.List;

/**
 * What the batch keeps of one checked design: plain values, no EMF objects, so a batch of thousands of designs
 * does not hold their models in memory and every report format reads the same numbers. NaN means unknown.
 *
 * @param file      the file as the user named it (or as found in a named folder)
 * @param id        the design's id, null when it could not be loaded
 * @param name      the design's name, null when it could not be loaded
 * @param verdict   pass, indicative (no violation, but a lane rests on unsourced PMD limits: not a sign-off), fail (a design
 *                  violation) or error (bad input: the design could not be checked)
 * @param error     for {@link Verdict#ERROR}: one line, {@code file[:line[:col]]: problem}; else null
 * @param errorRule for {@link Verdict#ERROR}: what kind of problem (unreadable file, unknown PMD, internal); else null
 * @param errorLine 1-based line of the error, 0 when unknown
 * @param errorColumn 1-based column of the error, 0 when unknown
 * @param power     module power, null when not computed
 * @param lanes     link budget summary per lane, in lane order
 * @param thermal   thermal node temperatures, in network order
 * @param checks    the checks (one per lane, power, thermal) with their findings, in that order
 */
public record DesignResult(String file, String id, String name, Verdict verdict, String error, Rule errorRule, int errorLine, int errorColumn,
        Power power, List<Lane> lanes, List<ThermalNode> thermal, List<Check> checks) {

    /** Pass, indicative, fail or error; the JSON contract uses the lower-case names. */
    public enum Verdict {
        PASS, INDICATIVE, FAIL, ERROR;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Module power against its MSA class ({@code msaClassLimitW} NaN when no class applies, e.g. CPO). */
    public record Power(double totalW, double msaClassLimitW, double pJPerBit, Integer msaClass, String formFactor, String classSource) {
    }

    /**
     * One lane's link budget terms that reviewers look at first. {@code sensitivityDbm} is the reference the margin is
     * computed against (the Rx OMA the lane needs at TP3: TDECQ + SRS - SECQ), so rxOmaDbm - sensitivityDbm = marginDb;
     * {@code pmdSensitivityDbm} is the PMD's published receiver sensitivity. A BER flagged as a bound is "below" it.
     * {@code terms} is every budget term with its reference plane; {@code verdict} pass, indicative or fail,
     * {@code marginReference} what the margin is referenced to, {@code indicativeReasons} why it is indicative (empty otherwise).
     */
    public record Lane(String id, double marginDb, double txOmaDbm, double channelInsertionLossDb, double tdecqDb, double rxOmaDbm,
            double sensitivityDbm, double preFecBer, double postFecBer, double pmdSensitivityDbm, double receiverRequirementDbm,
            boolean preFecBerIsBound, boolean postFecBerIsBound, int laserLaneCount, double splitLossDb, double internalMarginDb,
            List<dev.lightwork.analysis.link.BudgetTerm> terms, String verdict,
            String marginReference, List<String> indicativeReasons) {
    }

    /** A thermal node's steady-state temperature and its limit (NaN when the node has none). */
    public record ThermalNode(String node, double tempC, double limitC) {
    }

    /**
     * One diagnostic of the analysis with its rule id and the line of its element in the file (0 when unknown), and its
     * place in the analysis's root-cause grouping: the root's rule and element when it is a consequence, else the number
     * of consequences it has.
     * {@code value} and {@code limit} may be null or NaN (unknown). {@code element} and {@code attribute} are as in the
     * file (id, attribute name: what tools match on); {@code elementLabel} ("Laser las0") and {@code attributeLabel}
     * ("Output power (dBm)") are what people read.
     */
    public record Finding(String severity, Rule rule, String element, String attribute, Double value, Double limit, String source,
            String message, int line, String rootCauseRule, String rootCauseElement, int consequences, String elementLabel,
            String attributeLabel) {

        /** "las0 › Output power (dBm)", "lane2", or null without an element: where the finding is, in words. */
        public String where() {
            if (element == null) {
                return null;
            }
            return attributeLabel == null ? element : element + " › " + attributeLabel;
        }

        /** True when {@code other} is this finding's root cause. */
        public boolean followsFrom(Finding other) {
            return rootCauseRule != null && rootCauseRule.equals(other.rule().id()) && java.util.Objects.equals(rootCauseElement, other.element())
                    && !other.isConsequence();
        }

        /** True when this finding follows from another one (its root cause, named by rule and element). */
        public boolean isConsequence() {
            return rootCauseRule != null;
        }

        public boolean isError() {
            return "error".equals(severity);
        }
    }

    /** One check of a design: a lane's link budget, the module power or the thermal network. */
    public record Check(Kind kind, String name, String element, List<Finding> findings) {

        public enum Kind { DESIGN, LINK, POWER, THERMAL }

        public boolean failed() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /** Every finding of every check, in analysis order (lanes, power, thermal). */
    public List<Finding> findings() {
        return checks.stream().flatMap(c -> c.findings().stream()).toList();
    }

    public List<Finding> errors() {
        return findings().stream().filter(Finding::isError).toList();
    }

    /** The lane with the smallest known margin, or null. */
    public Lane worstLane() {
        Lane worst = null;
        for (Lane lane : lanes) {
            if (!Double.isNaN(lane.marginDb()) && (worst == null || lane.marginDb() < worst.marginDb())) {
                worst = lane;
            }
        }
        return worst;
    }

    /** The thermal node closest to (or furthest over) its limit, or null when no node has a known limit. */
    public ThermalNode hottestNode() {
        ThermalNode worst = null;
        for (ThermalNode n : thermal) {
            if (Double.isFinite(n.tempC()) && Double.isFinite(n.limitC())
                    && (worst == null || n.tempC() - n.limitC() > worst.tempC() - worst.limitC())) {
                worst = n;
            }
        }
        return worst;
    }

    /** A design that could not be checked at all (missing, unreadable or malformed file, bad argument). */
    static DesignResult error(String file, Rule rule, String message, int line, int column) {
        return new DesignResult(file, null, null, Verdict.ERROR, message, rule, line, column, null, List.of(), List.of(), List.of());
    }
}
