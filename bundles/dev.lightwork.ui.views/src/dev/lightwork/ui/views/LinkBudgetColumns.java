package dev.lightwork.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.physics.OpticalPower;
import dev.lightwork.ui.views.table.Column;

/**
 * The columns of the link budget table: the margin, then every {@link LinkBudget} term with its unit in the order
 * light travels.
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
        db(c, "Modulator IL", LinkBudget::modulatorLossDb);
        db(c, "Mux IL", LinkBudget::muxLossDb);
        power(c, "Avg launch", LinkBudget::averageLaunchDbm, powersInMilliwatts);
        db(c, "ER", LinkBudget::extinctionRatioDb);
        power(c, "Tx OMA", LinkBudget::txOmaDbm, powersInMilliwatts);
        db(c, "TDECQ", LinkBudget::tdecqDb);
        db(c, "Fibre loss", LinkBudget::fibreLossDb);
        db(c, "Connector loss", LinkBudget::connectorLossDb);
        db(c, "Splice loss", LinkBudget::spliceLossDb);
        db(c, "Channel IL", LinkBudget::channelInsertionLossDb);
        db(c, "Penalties", LinkBudget::penaltiesDb);
        db(c, "Demux IL", LinkBudget::demuxLossDb);
        power(c, "Rx OMA", LinkBudget::rxOmaDbm, powersInMilliwatts);
        power(c, "PMD sensitivity", LinkBudget::pmdSensitivityDbm, powersInMilliwatts);
        power(c, "Derived sensitivity", LinkBudget::derivedSensitivityDbm, powersInMilliwatts);
        c.add(Column.number("Pre-FEC BER", "", "%.2e", r -> r.budget().preFecBer()));
        c.add(Column.number("Post-FEC BER", "", "%.2e", r -> r.budget().postFecBer()));
        c.add(Column.text("Problems", 420, r -> String.join("; ", r.budget().problems())));
        return List.copyOf(c);
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
