package dev.lightwork.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.physics.OpticalPower;
import dev.lightwork.ui.views.table.Column;

/**
 * The columns of the link budget table: the margin, then every {@link LinkBudget} term with its unit in the order
 * light travels, named with their reference plane where it matters (TP2: transmitter limits, TP3: receiver limits;
 * the module-internal receiver terms last).
 * Optical powers show in dBm or, by preference, in mW; losses and margins stay in dB.
 */
public final class LinkBudgetColumns {

    public static final String MARGIN = "Margin";

    private LinkBudgetColumns() {
    }

    public static List<Column<LaneBudget>> of(boolean powersInMilliwatts) {
        List<Column<LaneBudget>> c = new ArrayList<>();
        db(c, MARGIN, LinkBudget::marginDb); // the result first, then the terms in the order light travels
        power(c, "Laser output", LinkBudget::laserOutputDbm, powersInMilliwatts);
        db(c, "T derating", LinkBudget::temperatureDeratingDb);
        c.add(Column.number("Lanes on laser", "", "%.0f", r -> r.budget().laserLaneCount()));
        db(c, "Split", LinkBudget::splitLossDb);
        db(c, "Modulator IL", LinkBudget::modulatorLossDb);
        db(c, "Mux IL", LinkBudget::muxLossDb);
        db(c, "Tx fibre attach", LinkBudget::txAttachLossDb);
        power(c, "Avg launch @TP2", LinkBudget::averageLaunchDbm, powersInMilliwatts);
        db(c, "ER", LinkBudget::extinctionRatioDb);
        power(c, "Tx OMA @TP2", LinkBudget::txOmaDbm, powersInMilliwatts);
        db(c, "TDECQ", LinkBudget::tdecqDb);
        db(c, "Fibre loss", LinkBudget::fibreLossDb);
        db(c, "Connector loss", LinkBudget::connectorLossDb);
        db(c, "Splice loss", LinkBudget::spliceLossDb);
        db(c, "Channel IL", LinkBudget::channelInsertionLossDb);
        db(c, "Penalties", LinkBudget::penaltiesDb);
        power(c, "Rx OMA @TP3", LinkBudget::rxOmaDbm, powersInMilliwatts);
        power(c, "Required @TP3", LinkBudget::marginReferenceDbm, powersInMilliwatts);
        power(c, "PMD sensitivity", LinkBudget::pmdSensitivityDbm, powersInMilliwatts);
        c.add(Column.text("Pre-FEC BER", 90, r -> ber(r.budget().preFecBer(), r.budget().preFecBerIsBound())));
        c.add(Column.text("Post-FEC BER", 90, r -> ber(r.budget().postFecBer(), r.budget().postFecBerIsBound())));
        db(c, "Demux IL (Rx)", LinkBudget::demuxLossDb);
        db(c, "Rx fibre attach", LinkBudget::rxAttachLossDb);
        power(c, "OMA at PD", LinkBudget::detectorOmaDbm, powersInMilliwatts);
        power(c, "Component sensitivity", LinkBudget::derivedSensitivityDbm, powersInMilliwatts);
        db(c, "Internal margin", LinkBudget::internalMarginDb);
        c.add(Column.text("Problems", 420, r -> String.join("; ", r.budget().problems())));
        return List.copyOf(c);
    }

    /** A bit error ratio, "< 1.00e-30" when below the model's floor, empty when unknown. */
    static String ber(double v, boolean bound) {
        return Double.isNaN(v) ? "" : (bound ? "< " : "") + String.format(java.util.Locale.ROOT, "%.2e", v);
    }

    public static int indexOf(List<Column<LaneBudget>> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    private static void db(List<Column<LaneBudget>> c, String name, ToDoubleFunction<LinkBudget> term) {
        c.add(Column.number(name, "dB", "%.2f", r -> term.applyAsDouble(r.budget())));
    }

    private static void power(List<Column<LaneBudget>> c, String name, ToDoubleFunction<LinkBudget> dbm, boolean mw) {
        if (mw) {
            c.add(Column.number(name, "mW", "%.3f", r -> OpticalPower.dbmToMw(dbm.applyAsDouble(r.budget()))));
        } else {
            c.add(Column.number(name, "dBm", "%.2f", r -> dbm.applyAsDouble(r.budget())));
        }
    }
}
