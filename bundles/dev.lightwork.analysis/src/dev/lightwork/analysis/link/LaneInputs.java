package dev.lightwork.analysis.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.lightwork.model.Channel;
import dev.lightwork.model.Connector;
import dev.lightwork.model.ConnectorType;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.Tia;
import dev.lightwork.model.TransceiverDesign;

/**
 * The plain values one lane's link budget is computed from, read out of the model once
 * ({@link #of(TransceiverDesign, Lane, double)}) so that {@link LinkBudgetCalculator#evaluate(dev.lightwork.library.PmdSpec, LaneInputs)}
 * is a pure function of doubles. Which parts exist and which values are given is fixed at extraction; the numbers
 * can be replaced ({@link #set}) to evaluate a variant of the lane (a Monte Carlo sample) without touching the model.
 * Each value remembers the element id and attribute it was read from, so a caller can bind its own variations to it
 * and problem texts name the element as the analyzer does.
 */
public final class LaneInputs {

    /** The scalar inputs of a lane's budget (connector losses are a list of their own). */
    public enum Input {
        LASER_OUTPUT_DBM, LASER_POWER_COEFFICIENT_DB_PER_K, LASER_TEMPERATURE_C, CASE_TEMPERATURE_MAX_C, MODULATOR_LOSS_DB,
        MUX_LOSS_DB, EXTINCTION_RATIO_DB, TDECQ_DB, CHANNEL_LENGTH_M, CHANNEL_ATTENUATION_DB_PER_KM, SPLICE_COUNT, SPLICE_LOSS_DB,
        MPI_PENALTY_DB, REFLECTION_PENALTY_DB, WAVELENGTH_NM, ZERO_DISPERSION_WAVELENGTH_NM, DISPERSION_SLOPE_PS_PER_NM2_KM,
        DEMUX_LOSS_DB, RIN_DB_PER_HZ, RESPONSIVITY_A_PER_W, TIA_NOISE_PA_PER_RT_HZ, BAUD_GBD,
        /** The design's post-FEC BER target: the FEC threshold a lane is referenced to when its PMD gives no BER target. */
        TARGET_POST_FEC_BER
    }

    private static final Input[] INPUTS = Input.values();

    final String laneId;
    final String designId;
    final String opticalPmd;
    final FecScheme fec;
    final boolean hasLaser;
    final boolean hasModulator;
    final boolean hasChannel;
    final boolean hasPhotodetector;
    final boolean hasTia;
    /** How many lanes of the design take their light from this lane's laser (the wiring: the split of a shared source). */
    final int laserLaneCount;
    /** The laser has a thermal node without a solved temperature: no derating, launch or margin can be computed. */
    final boolean laserTemperatureUnknown;
    private final double[] values;
    /** Per input: the value was given in the model (a null attribute is "not given", not a number). */
    private final boolean[] given;
    private final String[] owner;
    private final String[] attribute;
    private final double[] connectorLossDb;
    private final boolean[] connectorGiven;
    private final String[] connectorIds;
    /** Per connector: a fibre attach unit (module-internal, counted at the Tx and at the Rx), not a channel connector. */
    private final boolean[] connectorAttach;

    private LaneInputs(String laneId, String designId, String opticalPmd, FecScheme fec, boolean hasLaser, boolean hasModulator, boolean hasChannel,
            boolean hasPhotodetector, boolean hasTia, int laserLaneCount, boolean laserTemperatureUnknown, double[] values, boolean[] given,
            String[] owner, String[] attribute, double[] connectorLossDb, boolean[] connectorGiven, String[] connectorIds, boolean[] connectorAttach) {
        this.laneId = laneId;
        this.designId = designId;
        this.opticalPmd = opticalPmd;
        this.fec = fec;
        this.hasLaser = hasLaser;
        this.hasModulator = hasModulator;
        this.hasChannel = hasChannel;
        this.hasPhotodetector = hasPhotodetector;
        this.hasTia = hasTia;
        this.laserLaneCount = laserLaneCount;
        this.laserTemperatureUnknown = laserTemperatureUnknown;
        this.values = values;
        this.given = given;
        this.owner = owner;
        this.attribute = attribute;
        this.connectorLossDb = connectorLossDb;
        this.connectorGiven = connectorGiven;
        this.connectorIds = connectorIds;
        this.connectorAttach = connectorAttach;
    }

    /**
     * Reads the lane's inputs from the model. {@code laserTemperatureC} is the laser node's solved temperature, or NaN
     * for the worst-case case temperature.
     */
    public static LaneInputs of(TransceiverDesign design, Lane lane, double laserTemperatureC) {
        return of(design, lane, laserTemperatureC, true);
    }

    /**
     * Reads the lane's inputs; {@code laserTemperatureKnown} false means the laser's thermal node has no solved
     * temperature (the budget then has no derating, launch, OMA or margin rather than values at the case temperature).
     */
    public static LaneInputs of(TransceiverDesign design, Lane lane, double laserTemperatureC, boolean laserTemperatureKnown) {
        int n = INPUTS.length;
        double[] v = new double[n];
        boolean[] g = new boolean[n];
        String[] o = new String[n];
        String[] a = new String[n];
        Arrays.fill(v, Double.NaN);
        Laser laser = lane.getLaser();
        Modulator modulator = lane.getModulator();
        Channel ch = lane.getChannel();
        Multiplexer mux = lane.getMux();
        Multiplexer demux = lane.getDemux();
        Photodetector pd = lane.getPhotodetector();
        Tia tia = lane.getTia();
        String laneId = lane.getId();
        if (laser != null) {
            put(v, g, o, a, Input.LASER_OUTPUT_DBM, laser.getId(), "outputPowerDbm", laser.getOutputPowerDbm());
            put(v, g, o, a, Input.LASER_POWER_COEFFICIENT_DB_PER_K, laser.getId(), "powerTemperatureCoefficientDbPerK",
                    laser.getPowerTemperatureCoefficientDbPerK());
            put(v, g, o, a, Input.WAVELENGTH_NM, laser.getId(), "wavelengthNm", laser.getWavelengthNm());
            put(v, g, o, a, Input.RIN_DB_PER_HZ, laser.getId(), "rinDbPerHz", laser.getRinDbPerHz());
        }
        put(v, g, o, a, Input.LASER_TEMPERATURE_C, laser == null ? laneId : laser.getId(), "temperatureC",
                Double.isNaN(laserTemperatureC) ? null : laserTemperatureC);
        put(v, g, o, a, Input.CASE_TEMPERATURE_MAX_C, design.getId(), "caseTemperatureMaxC", design.getCaseTemperatureMaxC());
        put(v, g, o, a, Input.TARGET_POST_FEC_BER, design.getId(), "targetPostFecBer", design.getTargetPostFecBer());
        if (modulator != null) {
            put(v, g, o, a, Input.MODULATOR_LOSS_DB, modulator.getId(), "insertionLossDb", modulator.getInsertionLossDb());
            put(v, g, o, a, Input.EXTINCTION_RATIO_DB, modulator.getId(), "extinctionRatioDb", modulator.getExtinctionRatioDb());
        } else {
            put(v, g, o, a, Input.EXTINCTION_RATIO_DB, laser == null ? laneId : laser.getId(), "extinctionRatioDb",
                    laser == null ? null : laser.getExtinctionRatioDb());
        }
        if (mux != null) {
            put(v, g, o, a, Input.MUX_LOSS_DB, mux.getId(), "insertionLossDb", mux.getInsertionLossDb());
        }
        if (demux != null) {
            put(v, g, o, a, Input.DEMUX_LOSS_DB, demux.getId(), "insertionLossDb", demux.getInsertionLossDb());
        }
        put(v, g, o, a, Input.TDECQ_DB, laneId, "tdecqDb", lane.getTdecqDb());
        put(v, g, o, a, Input.BAUD_GBD, laneId, "baudGbd", lane.getBaudGbd());
        List<Connector> connectors = ch == null ? List.of() : ch.getConnectors();
        double[] cl = new double[connectors.size()];
        boolean[] cg = new boolean[connectors.size()];
        String[] ci = new String[connectors.size()];
        boolean[] attach = new boolean[connectors.size()];
        if (ch != null) {
            put(v, g, o, a, Input.CHANNEL_LENGTH_M, ch.getId(), "lengthM", ch.getLengthM());
            put(v, g, o, a, Input.CHANNEL_ATTENUATION_DB_PER_KM, ch.getId(), "attenuationDbPerKm", ch.getAttenuationDbPerKm());
            put(v, g, o, a, Input.SPLICE_COUNT, ch.getId(), "spliceCount", ch.getSpliceCount() == null ? null : ch.getSpliceCount().doubleValue());
            put(v, g, o, a, Input.SPLICE_LOSS_DB, ch.getId(), "spliceLossDb", ch.getSpliceLossDb());
            put(v, g, o, a, Input.MPI_PENALTY_DB, ch.getId(), "mpiPenaltyDb", ch.getMpiPenaltyDb());
            put(v, g, o, a, Input.REFLECTION_PENALTY_DB, ch.getId(), "reflectionPenaltyDb", ch.getReflectionPenaltyDb());
            put(v, g, o, a, Input.ZERO_DISPERSION_WAVELENGTH_NM, ch.getId(), "zeroDispersionWavelengthNm", ch.getZeroDispersionWavelengthNm());
            put(v, g, o, a, Input.DISPERSION_SLOPE_PS_PER_NM2_KM, ch.getId(), "dispersionSlopePsPerNm2Km", ch.getDispersionSlopePsPerNm2Km());
            for (int i = 0; i < cl.length; i++) {
                Connector c = connectors.get(i);
                ci[i] = c.getId();
                attach[i] = c.getConnectorType() == ConnectorType.FAU;
                cg[i] = c.getInsertionLossDb() != null;
                cl[i] = cg[i] ? c.getInsertionLossDb() : Double.NaN;
            }
        }
        if (pd != null) {
            put(v, g, o, a, Input.RESPONSIVITY_A_PER_W, pd.getId(), "responsivityAPerW", pd.getResponsivityAPerW());
        }
        if (tia != null) {
            put(v, g, o, a, Input.TIA_NOISE_PA_PER_RT_HZ, tia.getId(), "inputNoisePaPerRtHz", tia.getInputNoisePaPerRtHz());
        }
        return new LaneInputs(laneId, design.getId(), design.getOpticalPmd(), design.getFec(), laser != null, modulator != null, ch != null, pd != null, tia != null,
                laser == null ? 1 : lanesUsing(design, laser), !laserTemperatureKnown, v, g, o, a, cl, cg, ci, attach);
    }

    /** How many lanes of the design take their light from {@code laser} (the wiring, not a catalogue column); at least 1. */
    public static int lanesUsing(TransceiverDesign design, Laser laser) {
        int count = 0;
        for (Lane l : design.getLanes()) {
            if (l.getLaser() == laser) {
                count++;
            }
        }
        return Math.max(count, 1);
    }

    private static void put(double[] v, boolean[] g, String[] o, String[] a, Input input, String ownerId, String attr, Double value) {
        int i = input.ordinal();
        o[i] = ownerId;
        a[i] = attr;
        g[i] = value != null;
        v[i] = value == null ? Double.NaN : value;
    }

    /** An independent copy (same structure, own numbers), e.g. one per worker thread. */
    public LaneInputs copy() {
        return new LaneInputs(laneId, designId, opticalPmd, fec, hasLaser, hasModulator, hasChannel, hasPhotodetector, hasTia, laserLaneCount,
                laserTemperatureUnknown, values.clone(), given, owner, attribute, connectorLossDb.clone(), connectorGiven, connectorIds, connectorAttach);
    }

    public String laneId() {
        return laneId;
    }

    public double get(Input input) {
        return values[input.ordinal()];
    }

    /** Whether the model gives this value (a part that is absent, or an attribute left empty, is not given). */
    public boolean isGiven(Input input) {
        return given[input.ordinal()];
    }

    /** Replaces a given value; a value the model does not give stays unknown (the lane's structure is fixed). */
    public void set(Input input, double value) {
        int i = input.ordinal();
        if (!given[i]) {
            throw new IllegalStateException(laneId + ": " + input + " is not given in the model and cannot be varied");
        }
        values[i] = value;
    }

    /** Element id the value was read from (null when its part is absent). */
    public String owner(Input input) {
        return owner[input.ordinal()];
    }

    /** Attribute name the value was read from (null when its part is absent). */
    public String attribute(Input input) {
        return attribute[input.ordinal()];
    }

    public int connectorCount() {
        return connectorLossDb.length;
    }

    public String connectorId(int i) {
        return connectorIds[i];
    }

    /** Whether connector i is a fibre attach unit (inside the module), not a connector of the channel. */
    public boolean isAttach(int i) {
        return connectorAttach[i];
    }

    /** How many lanes share this lane's laser (1 when it has its own). */
    public int laserLaneCount() {
        return laserLaneCount;
    }

    public boolean isConnectorGiven(int i) {
        return connectorGiven[i];
    }

    public double connectorLossDb(int i) {
        return connectorLossDb[i];
    }

    public void setConnectorLossDb(int i, double value) {
        if (!connectorGiven[i]) {
            throw new IllegalStateException(connectorIds[i] + ".insertionLossDb is not given in the model and cannot be varied");
        }
        connectorLossDb[i] = value;
    }

    /** Element id and attribute name of every given input, for binding variations ("laser1.outputPowerDbm"). */
    public List<String> givenAttributes() {
        List<String> out = new ArrayList<>();
        for (Input in : INPUTS) {
            if (given[in.ordinal()]) {
                out.add(owner[in.ordinal()] + "." + attribute[in.ordinal()]);
            }
        }
        for (int i = 0; i < connectorIds.length; i++) {
            if (connectorGiven[i]) {
                out.add(connectorIds[i] + ".insertionLossDb");
            }
        }
        return out;
    }

    /** The value as the calculator reads it: NaN plus the analyzer's problem text when not given or not a number. */
    double value(List<String> problems, Input input) {
        int i = input.ordinal();
        if (!given[i]) {
            problems.add(where(owner[i], attribute[i]) + " is not given");
            return Double.NaN;
        }
        return finite(problems, owner[i], attribute[i], values[i]);
    }

    double nonNegative(List<String> problems, Input input) {
        double x = value(problems, input);
        int i = input.ordinal();
        return negative(problems, owner[i], attribute[i], x);
    }

    double connectorLoss(List<String> problems, int c) {
        if (!connectorGiven[c]) {
            problems.add(where(connectorIds[c], "insertionLossDb") + " is not given");
            return Double.NaN;
        }
        return negative(problems, connectorIds[c], "insertionLossDb", finite(problems, connectorIds[c], "insertionLossDb", connectorLossDb[c]));
    }

    /** The value, or NaN when not given (optional inputs such as RIN or the dispersion parameters). */
    double optional(Input input) {
        return given[input.ordinal()] ? values[input.ordinal()] : Double.NaN;
    }

    private static double finite(List<String> problems, String owner, String attribute, double v) {
        if (v != v || Double.isInfinite(v)) {
            problems.add(where(owner, attribute) + " = " + v + " is not a number");
            return Double.NaN;
        }
        return v;
    }

    private static double negative(List<String> problems, String owner, String attribute, double x) {
        if (x < 0) {
            problems.add(where(owner, attribute) + " = " + x + " is negative");
            return Double.NaN;
        }
        return x;
    }

    /** "las0 › Output power (dBm)": the element by id, the attribute by its display name (the unit said once). */
    private static String where(String owner, String attribute) {
        return owner + " › " + dev.lightwork.model.util.ModelLabels.attribute(attribute);
    }
}
