package dev.lightwork.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.LinkBudgetCalculator;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Connector;
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
        MODULATOR_LOSS("Modulator loss", "dB", "0.00", LinkBudget::modulatorLossDb),
        MUX_LOSS("Mux loss", "dB", "0.00", LinkBudget::muxLossDb),
        AVERAGE_LAUNCH("Average launch power", "dBm", "0.00", LinkBudget::averageLaunchDbm),
        EXTINCTION_RATIO("Extinction ratio", "dB", "0.00", LinkBudget::extinctionRatioDb),
        TX_OMA("Tx OMA", "dBm", "0.00", LinkBudget::txOmaDbm),
        TDECQ("TDECQ", "dB", "0.00", LinkBudget::tdecqDb),
        FIBRE_LOSS("Fibre loss", "dB", "0.000", LinkBudget::fibreLossDb),
        CONNECTOR_LOSS("Connector loss", "dB", "0.00", LinkBudget::connectorLossDb),
        SPLICE_LOSS("Splice loss", "dB", "0.00", LinkBudget::spliceLossDb),
        CHANNEL_INSERTION_LOSS("Channel insertion loss", "dB", "0.00", LinkBudget::channelInsertionLossDb),
        PENALTIES("Penalties (MPI, reflections)", "dB", "0.00", LinkBudget::penaltiesDb),
        DEMUX_LOSS("Demux loss", "dB", "0.00", LinkBudget::demuxLossDb),
        RX_OMA("Rx OMA", "dBm", "0.00", LinkBudget::rxOmaDbm),
        RX_AVERAGE("Rx average power", "dBm", "0.00", LinkBudget::rxAverageDbm),
        RECEIVER_REQUIREMENT("Rx requirement", "dBm", "0.00", // SRS - SECQ, or the sensitivity when the PMD gives no SRS
                b -> b.rxOmaDbm() - b.tdecqDb() - b.marginDb()),
        MARGIN("Margin", "dB", "0.00", LinkBudget::marginDb);

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
    }

    private LinkBudgetFormulas() {
    }

    /** The formula (without '=') of {@code term} for {@code lane}. */
    public static String formula(Term term, Lane lane, Cells c) {
        Laser laser = lane.getLaser();
        Channel ch = lane.getChannel();
        return switch (term) {
            case LASER_TEMPERATURE -> c.laserNodeTemperature() != null ? c.laserNodeTemperature()
                    : required(c.input(lane.eContainer(), "caseTemperatureMaxC"));
            case LASER_OUTPUT -> laser == null ? "NA()" : required(c.input(laser, "outputPowerDbm"));
            case DERATING -> {
                String k = laser == null ? null : c.input(laser, "powerTemperatureCoefficientDbPerK");
                yield k == null ? "0" : "IF(" + zeroIfEmpty(k) + "=0,0," + k + "*(" + c.term(Term.LASER_TEMPERATURE) + "-25))";
            }
            case MODULATOR_LOSS -> lane.getModulator() == null ? "0" : required(c.input(lane.getModulator(), "insertionLossDb"));
            case MUX_LOSS -> lane.getMux() == null ? "0" : nonNegative(c.input(lane.getMux(), "insertionLossDb"));
            case AVERAGE_LAUNCH -> c.term(Term.LASER_OUTPUT) + "+" + c.term(Term.DERATING) + "-" + c.term(Term.MODULATOR_LOSS) + "-"
                    + c.term(Term.MUX_LOSS);
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
            case CONNECTOR_LOSS -> {
                List<String> parts = new ArrayList<>();
                if (ch != null) {
                    for (Connector k : ch.getConnectors()) {
                        parts.add(nonNegative(c.input(k, "insertionLossDb")));
                    }
                }
                yield parts.isEmpty() ? "0" : String.join("+", parts);
            }
            case SPLICE_LOSS -> {
                String n = ch == null ? null : c.input(ch, "spliceCount");
                yield n == null ? "0" : "IF(" + zeroIfEmpty(n) + "=0,0," + n + "*" + nonNegative(c.input(ch, "spliceLossDb")) + ")";
            }
            case CHANNEL_INSERTION_LOSS -> c.term(Term.FIBRE_LOSS) + "+" + c.term(Term.CONNECTOR_LOSS) + "+" + c.term(Term.SPLICE_LOSS);
            case PENALTIES -> ch == null ? "0" : zeroIfEmpty(c.input(ch, "mpiPenaltyDb")) + "+" + zeroIfEmpty(c.input(ch, "reflectionPenaltyDb"));
            case DEMUX_LOSS -> lane.getDemux() == null ? "0" : nonNegative(c.input(lane.getDemux(), "insertionLossDb"));
            case RX_OMA -> c.term(Term.TX_OMA) + "-" + c.term(Term.CHANNEL_INSERTION_LOSS) + "-" + c.term(Term.PENALTIES) + "-"
                    + c.term(Term.DEMUX_LOSS);
            case RX_AVERAGE -> c.term(Term.AVERAGE_LAUNCH) + "-" + c.term(Term.CHANNEL_INSERTION_LOSS) + "-" + c.term(Term.DEMUX_LOSS);
            case RECEIVER_REQUIREMENT -> {
                String srs = c.limit("srs_oma_max_dbm");
                String secq = c.limit("secq_db");
                String sens = c.limit("rx_sens_oma_max_dbm");
                yield srs != null && secq != null ? srs + "-" + secq : sens != null ? sens : "NA()";
            }
            case MARGIN -> c.term(Term.RX_OMA) + "-" + c.term(Term.TDECQ) + "-" + c.term(Term.RECEIVER_REQUIREMENT);
        };
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
