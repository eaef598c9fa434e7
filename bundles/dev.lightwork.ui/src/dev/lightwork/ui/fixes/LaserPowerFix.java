package dev.lightwork.ui.fixes;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.PmdCheck;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkPackage;

/**
 * Raises the lane's laser output by what the lane lacks (rounded up to 0.1 dB): the larger of the margin shortfall
 * and the deficits against the PMD's transmitter and receiver minimums (launch, OMA, OMA - TDECQ, receive power),
 * which all rise dB for dB with the laser. Capped so that no lane driven by that laser exceeds the PMD's maximum
 * average launch power.
 */
final class LaserPowerFix implements FixRule {

    @Override
    public Optional<FixPlan> plan(FixContext c) {
        if (!(c.is(DesignRule.LINK_MARGIN) || c.is(DesignRule.LINK_LAUNCH) || c.is(DesignRule.LINK_OMA) || c.is(DesignRule.LINK_RECEIVE))) {
            return Optional.empty();
        }
        Lane lane = c.element() instanceof Lane l ? l : c.element() instanceof Laser marked ? neediestLane(c, marked) : null;
        if (lane == null || lane.getLaser() == null || lane.getLaser().getOutputPowerDbm() == null) {
            return Optional.empty();
        }
        LinkBudget budget = c.analysis().linkBudget(lane);
        double required = DesignRules.requiredMarginDb(c.design());
        double deficit = budget == null ? Double.NaN : deficitDb(budget, required);
        if (!(deficit > 0)) {
            return Optional.empty();
        }
        Laser laser = lane.getLaser();
        double shortfall = Math.ceil(deficit * 10 - 1e-9) / 10;
        PmdSpec pmd = c.library().pmd(c.design().getOpticalPmd()).orElse(null);
        double maxLaunch = pmd == null ? Double.NaN : pmd.value("avg_launch_max_dbm").orElse(Double.NaN);
        double headroom = Double.POSITIVE_INFINITY;
        if (!Double.isNaN(maxLaunch)) {
            // a shared laser (external laser source) feeds several lanes: the lane launching most limits the raise
            for (Lane other : c.design().getLanes()) {
                LinkBudget b = c.analysis().linkBudget(other);
                if (other.getLaser() == laser && b != null && !Double.isNaN(b.averageLaunchDbm())) {
                    headroom = Math.min(headroom, Math.floor((maxLaunch - b.averageLaunchDbm()) * 100 + 1e-9) / 100);
                }
            }
        }
        double raise = Math.min(shortfall, headroom);
        if (!(raise > 0)) {
            return Optional.empty();
        }
        double newPower = laser.getOutputPowerDbm() + raise;
        boolean capped = raise < shortfall;
        String label = String.format(Locale.ROOT, "Raise laser %s output power to %.2f dBm (+%.2f dB)%s", laser.getId(), newPower, raise,
                capped ? String.format(Locale.ROOT, ", capped by the %s launch maximum %.1f dBm", pmd.id(), maxLaunch) : "");
        String description = String.format(Locale.ROOT,
                "Lane %s lacks %.2f dB (required margin and the PMD's transmitter and receiver minimums). %s", lane.getId(), deficit,
                capped ? String.format(Locale.ROOT, "Raising by the full shortfall would exceed the %s maximum average launch "
                        + "power %.1f dBm, so %.2f dB of margin will still be missing.", pmd.id(), maxLaunch, shortfall - raise)
                        : "The launch stays within the PMD's maximum average launch power.");
        return Optional.of(new FixPlan(label, description,
                domain -> SetCommand.create(domain, laser, LightworkPackage.Literals.LASER__OUTPUT_POWER_DBM, newPower)));
    }

    /** What the lane lacks, in dB of laser power: margin shortfall or the largest deficit against a PMD minimum it raises. */
    static double deficitDb(LinkBudget b, double requiredMarginDb) {
        double deficit = Double.isNaN(b.marginDb()) ? Double.NaN : requiredMarginDb - b.marginDb();
        for (PmdCheck check : b.pmdChecks()) {
            if (!check.upperLimit() && !check.passes() && RAISED_BY_THE_LASER.contains(check.term())) {
                deficit = Math.max(deficit, check.limit() - check.value());
            }
        }
        return deficit;
    }

    private static final java.util.Set<PmdCheck.Term> RAISED_BY_THE_LASER = java.util.EnumSet.of(PmdCheck.Term.AVERAGE_LAUNCH,
            PmdCheck.Term.TX_OMA, PmdCheck.Term.OMA_MINUS_TDECQ, PmdCheck.Term.RX_AVERAGE);

    /** Of the lanes the marked laser drives, the one that lacks most. */
    private static Lane neediestLane(FixContext c, Laser laser) {
        double required = DesignRules.requiredMarginDb(c.design());
        Lane neediest = null;
        double most = 0;
        for (Lane l : c.design().getLanes()) {
            LinkBudget b = l.getLaser() == laser ? c.analysis().linkBudget(l) : null;
            double d = b == null ? Double.NaN : deficitDb(b, required);
            if (d > most) {
                most = d;
                neediest = l;
            }
        }
        return neediest;
    }
}
