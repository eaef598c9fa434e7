package dev.lightwork.ui.fixes;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkPackage;

/**
 * Raises the lane's laser output by the margin shortfall (rounded up to 0.1 dB), capped so that no lane driven by
 * that laser exceeds the PMD's maximum average launch power.
 */
final class LaserPowerFix implements FixRule {

    @Override
    public Optional<FixPlan> plan(FixContext c) {
        if (!"link".equals(c.category()) || !(c.element() instanceof Lane lane) || lane.getLaser() == null
                || lane.getLaser().getOutputPowerDbm() == null) {
            return Optional.empty();
        }
        LinkBudget budget = c.analysis().linkBudget(lane);
        double required = c.design().getRequiredMarginDb() == null ? 0.0 : c.design().getRequiredMarginDb();
        if (budget == null || Double.isNaN(budget.marginDb()) || budget.marginDb() >= required) {
            return Optional.empty();
        }
        Laser laser = lane.getLaser();
        double shortfall = Math.ceil((required - budget.marginDb()) * 10 - 1e-9) / 10;
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
                "Lane %s misses the required margin by %.2f dB. %s", lane.getId(), required - budget.marginDb(),
                capped ? String.format(Locale.ROOT, "Raising by the full shortfall would exceed the %s maximum average launch "
                        + "power %.1f dBm, so %.2f dB of margin will still be missing.", pmd.id(), maxLaunch, shortfall - raise)
                        : "The launch stays within the PMD's maximum average launch power.");
        return Optional.of(new FixPlan(label, description,
                domain -> SetCommand.create(domain, laser, LightworkPackage.Literals.LASER__OUTPUT_POWER_DBM, newPower)));
    }
}
