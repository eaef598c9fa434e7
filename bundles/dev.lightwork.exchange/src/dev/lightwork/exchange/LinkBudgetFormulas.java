package dev.lightwork.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Connector;
import dev.lightwork.model.ConnectorType;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;

/**
 * The link budget of {@link LinkBudgetCalculator} as spreadsheet formulas: one column per {@link LinkBudget} term,
 * each term the calculator's expression over the Inputs sheet's cells and the terms to its left. This is the one
 * place the spreadsheet knows the budget's arithmetic; the LibreOffice test recalculates every example and holds
 * each term to the analyzer's value, so a change of the calculator that is not made here fails that test.
 * <p>
 * Conventions match the calculator's: an empty optional value (temperature coefficient, penalties, splice count)
 * counts as zero; an empty required value is unknown ({@code #N/A}, the calculator's NaN); a
 * negative loss or length is unknown too.
 */
public final class LinkBudgetFormulas {

    /** One column of the budget sheet: header, unit, number format and the analyzer's value of the same term. */
    public enum Term {
        LASER_TEMPERATURE("Laser temperature", "°C", "0.0", LinkBudget::laserTemperatureC),
        LASER_OUTPUT("Laser output at 25 °C", "dBm", "0.00", LinkBudget::laserOutputDbm),
        DERATING("Temperature derating", "dB", "0.00", LinkBudget::temperatureDeratingDb),
        SPLIT_LOSS("Split of a shared laser", "dB", "0.00", LinkBudget::splitLossDb),
        MODULATOR_LOSS("Modulator loss", "dB", "0.00", LinkBudget::modulatorLossDb),
        MUX_LOSS("Mux loss", "dB", "0.00", LinkBudget::muxLossDb),
        TX_ATTACH_LOSS("Tx fibre attach", "dB", "0.00", LinkBudget::txAttachLossDb),
        AVERAGE_LAUNCH("Average launch at TP2", "dBm", "0.00", LinkBudget::averageLaunchDbm),
        EXTINCTION_RATIO("Extinction ratio", "dB", "0.00", LinkBudget::extinctionRatioDb),
        TX_OMA("Tx OMA at TP2", "dBm", "0.00", LinkBudget::txOmaDbm),
        TDECQ("TDECQ", "dB", "0.00", LinkBudget::tdecqDb),
        FIBRE_LOSS("Fibre loss", "dB", "0.000", LinkBudget::fibreLossDb),
        CONNECTOR_LOSS("Connector loss", "dB", "0.00", LinkBudget::connectorLossDb),
        SPLICE_LOSS("Splice loss", "dB", "0.00", LinkBudget::spliceLossDb),
        CHANNEL_INSERTION_LOSS("Channel insertion loss", "dB", "0.00", LinkBudget::channelInsertionLossDb),
        PENALTIES("Penalties (MPI, reflections)", "dB", "0.00", LinkBudget::penaltiesDb),
        RX_OMA("Rx OMA at TP3", "dBm", "0.00", LinkBudget::rxOmaDbm),
        RX_AVERAGE("Rx average at TP3", "dBm", "0.00", LinkBudget::rxAverageDbm),
        RECEIVER_REQUIREMENT("Rx requirement", "dBm", "0.00", LinkBudget::receiverRequirementDbm), // SRS - SECQ, or the sensitivity
        MARGIN_REFERENCE("Required Rx OMA (TDECQ + requirement)", "dBm", "0.00", LinkBudget::marginReferenceDbm),
        MARGIN("Margin", "dB", "0.00", LinkBudget::marginDb),
        DEMUX_LOSS("Demux loss (Rx module)", "dB", "0.00", LinkBudget::demuxLossDb),
        RX_ATTACH_LOSS("Rx fibre attach", "dB", "0.00", LinkBudget::rxAttachLossDb),
        DETECTOR_OMA("OMA at the detector", "dBm", "0.00", LinkBudget::detectorOmaDbm);

        private final String title;
        private final String unit;
        private final String format;
        private final ToDoubleFunction<LinkBudget> analyzed;

        Term(String title, String unit, String format, ToDoubleFunction<LinkBudget> analyzed) {
            this.title = title;
            this.unit = unit;
            this.format = format;
            this.analyzed = analyzed;
        }

        /** "Tx OMA (dBm)". */
        public String header() {
            return title + " (" + unit + ")";
        }

        public String format() {
            return format;
        }

        /** The analyzer's value of this term for a lane (what the recalculated sheet must show). */
        public double analyzed(LinkBudget budget) {
            return analyzed.applyAsDouble(budget);
        }
    }

    /** Where a lane row's formulas find their operands. */
    public interface Cells {
        /** Absolute reference of {@code owner.attribute}'s value on the Inputs sheet; null when it has no row. */
        String input(EObject owner, String attribute);

        /** Reference of another term in the same row. */
        String term(Term term);

        /** Absolute reference of a PMD table value on the Limits sheet; null when the PMD does not give it. */
        String limit(String pmdColumn);

        /** Absolute reference of the solved temperature of the lane laser's thermal node; null when not solved. */
        String laserNodeTemperature();

        /** False when the laser's thermal node has no solved temperature: the analyzer then gives no derating or margin. */
        boolean laserTemperatureKnown();

        /** How many lanes share the lane's laser (the wiring, {@link LinkBudget#laserLaneCount()}). */
        int laserLaneCount();

        /** Absolute reference of the excess loss of one 1x2 splitter stage (link-model.csv) on the Limits sheet, or null. */
        String splitterStageExcessLoss();

        /**
         * The analyzer's margin reference of the lane: written as a value where the PMD gives no receiver limit (the
         * reference is then the lane's own detector and TIA noise, an indicative verdict the sheet cannot recompute).
         */
        double analyzedMarginReferenceDbm();
    }

    private LinkBudgetFormulas() {
    }

    /** The formula (without '=') of {@code term} for {@code lane}. */
    public static String formula(Term term, Lane lane, Cells c) {
        Laser laser = lane.getLaser();
        Channel ch = lane.getChannel();
        return switch (term) {
            case LASER_TEMPERATURE -> !c.laserTemperatureKnown() ? "NA()" : c.laserNodeTemperature() != null ? c.laserNodeTemperature()
                    : required(c.input(lane.eContainer(), "caseTemperatureMaxC"));
            case LASER_OUTPUT -> laser == null ? "NA()" : required(c.input(laser, "outputPowerDbm"));
            case DERATING -> {
                String k = laser == null ? null : c.input(laser, "powerTemperatureCoefficientDbPerK");
                yield k == null ? "0" : "IF(" + zeroIfEmpty(k) + "=0,0," + k + "*(" + c.term(Term.LASER_TEMPERATURE) + "-25))";
            }
            case SPLIT_LOSS -> {
                // LinkModel.splitLossDb: 10 log10 N + ceil(log2 N) junctions x the excess loss of one 1x2 stage.
                int n = laser == null ? 1 : c.laserLaneCount();
                int stages = n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
                String excess = c.splitterStageExcessLoss();
                yield n <= 1 ? "0" : "10*LOG10(" + n + ")+" + stages + "*" + (excess == null ? "NA()" : excess);
            }
            case MODULATOR_LOSS -> lane.getModulator() == null ? "0" : required(c.input(lane.getModulator(), "insertionLossDb"));
            case MUX_LOSS -> lane.getMux() == null ? "0" : nonNegative(c.input(lane.getMux(), "insertionLossDb"));
            case TX_ATTACH_LOSS, RX_ATTACH_LOSS -> connectors(lane, c, true);
            case AVERAGE_LAUNCH -> c.term(Term.LASER_OUTPUT) + "+" + c.term(Term.DERATING) + "-" + c.term(Term.SPLIT_LOSS) + "-"
                    + c.term(Term.MODULATOR_LOSS) + "-" + c.term(Term.MUX_LOSS) + "-" + c.term(Term.TX_ATTACH_LOSS);
            case EXTINCTION_RATIO -> lane.getModulator() != null ? required(c.input(lane.getModulator(), "extinctionRatioDb"))
                    : laser == null ? "NA()" : required(c.input(laser, "extinctionRatioDb"));
            case TX_OMA -> {
                // OpticalPower.omaDbm: OMA = 2 Pavg (ER - 1) / (ER + 1), ER linear.
                String er = "10^(" + c.term(Term.EXTINCTION_RATIO) + "/10)";
                yield "10*LOG10(2*10^(" + c.term(Term.AVERAGE_LAUNCH) + "/10)*(" + er + "-1)/(" + er + "+1))";
            }
            case TDECQ -> required(c.input(lane, "tdecqDb"));
            case FIBRE_LOSS -> ch == null ? "NA()"
                    : nonNegative(c.input(ch, "attenuationDbPerKm")) + "*" + nonNegative(c.input(ch, "lengthM")) + "/1000";
            case CONNECTOR_LOSS -> connectors(lane, c, false);
            case SPLICE_LOSS -> {
                String n = ch == null ? null : c.input(ch, "spliceCount");
                yield n == null ? "0" : "IF(" + zeroIfEmpty(n) + "=0,0," + n + "*" + nonNegative(c.input(ch, "spliceLossDb")) + ")";
            }
            case CHANNEL_INSERTION_LOSS -> c.term(Term.FIBRE_LOSS) + "+" + c.term(Term.CONNECTOR_LOSS) + "+" + c.term(Term.SPLICE_LOSS);
            case PENALTIES -> ch == null ? "0" : zeroIfEmpty(c.input(ch, "mpiPenaltyDb")) + "+" + zeroIfEmpty(c.input(ch, "reflectionPenaltyDb"));
            // TP3 is the receiver's MDI: the PMD's receiver limits include the receiver's own demux and fibre attach.
            case RX_OMA -> c.term(Term.TX_OMA) + "-" + c.term(Term.CHANNEL_INSERTION_LOSS) + "-" + c.term(Term.PENALTIES);
            case RX_AVERAGE -> c.term(Term.AVERAGE_LAUNCH) + "-" + c.term(Term.CHANNEL_INSERTION_LOSS);
            // PmdSpec.receiverRequirementDbm: SRS - SECQ + max(TDECQ, S + k); without SRS/SECQ, max(S, SECQ - k) at SECQ = TDECQ,
            // plus TDECQ; without either, the analyzer's own reference (indicative lanes), as a value.
            case RECEIVER_REQUIREMENT -> c.term(Term.MARGIN_REFERENCE) + "-" + c.term(Term.TDECQ);
            case MARGIN_REFERENCE -> {
                String srs = c.limit("srs_oma_max_dbm");
                String secq = c.limit("secq_db");
                String sens = c.limit("rx_sens_oma_max_dbm");
                String k = c.limit("rx_sens_secq_offset_db");
                String tdecq = c.term(Term.TDECQ);
                if (srs != null && secq != null) {
                    yield srs + "-" + secq + "+" + (sens != null && k != null ? "MAX(" + tdecq + "," + sens + "+" + k + ")" : tdecq);
                }
                if (sens != null) {
                    yield (k != null ? "MAX(" + sens + "," + tdecq + "-" + k + ")" : sens) + "+" + tdecq;
                }
                double analyzed = c.analyzedMarginReferenceDbm();
                yield Double.isFinite(analyzed) ? Double.toString(analyzed) : "NA()";
            }
            case MARGIN -> c.term(Term.RX_OMA) + "-" + c.term(Term.MARGIN_REFERENCE);
            case DEMUX_LOSS -> lane.getDemux() == null ? "0" : nonNegative(c.input(lane.getDemux(), "insertionLossDb"));
            case DETECTOR_OMA -> c.term(Term.RX_OMA) + "-" + c.term(Term.DEMUX_LOSS) + "-" + c.term(Term.RX_ATTACH_LOSS);
        };
    }

    /** The sum of the lane channel's fibre attach units ({@code attach}) or of its other connectors; 0 when none. */
    private static String connectors(Lane lane, Cells c, boolean attach) {
        List<String> parts = new ArrayList<>();
        if (lane.getChannel() != null) {
            for (Connector k : lane.getChannel().getConnectors()) {
                if ((k.getConnectorType() == ConnectorType.FAU) == attach) {
                    parts.add(nonNegative(c.input(k, "insertionLossDb")));
                }
            }
        }
        return parts.isEmpty() ? "0" : String.join("+", parts);
    }

    private static String required(String ref) {
        return ref == null ? "NA()" : "IF(ISNUMBER(" + ref + ")," + ref + ",NA())";
    }

    private static String nonNegative(String ref) {
        return ref == null ? "NA()" : "IF(AND(ISNUMBER(" + ref + ")," + ref + ">=0)," + ref + ",NA())";
    }

    /** An optional value: empty or not a number counts as 0 (N() would do, but POI cannot evaluate it). */
    static String zeroIfEmpty(String ref) {
        return ref == null ? "0" : "IF(ISNUMBER(" + ref + ")," + ref + ",0)";
    }
}
