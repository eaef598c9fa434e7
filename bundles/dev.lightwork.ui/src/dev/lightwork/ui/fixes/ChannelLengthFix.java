package dev.lightwork.ui.fixes;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;

/**
 * Shortens the lane's channel by the length whose fibre loss equals the margin shortfall (rounded down to whole
 * metres). Not offered when even a zero-length fibre would not close the gap (the loss is elsewhere).
 */
final class ChannelLengthFix implements FixRule {

    @Override
    public Optional<FixPlan> plan(FixContext c) {
        if (!"link".equals(c.category()) || !(c.element() instanceof Lane lane) || lane.getChannel() == null) {
            return Optional.empty();
        }
        Channel channel = lane.getChannel();
        LinkBudget budget = c.analysis().linkBudget(lane);
        double required = c.design().getRequiredMarginDb() == null ? 0.0 : c.design().getRequiredMarginDb();
        if (budget == null || Double.isNaN(budget.marginDb()) || budget.marginDb() >= required || channel.getLengthM() == null
                || channel.getAttenuationDbPerKm() == null || channel.getAttenuationDbPerKm() <= 0) {
            return Optional.empty();
        }
        double shortfall = required - budget.marginDb();
        double newLength = Math.floor(channel.getLengthM() - shortfall / channel.getAttenuationDbPerKm() * 1000.0);
        if (newLength < 1) {
            return Optional.empty();
        }
        String label = String.format(Locale.ROOT, "Shorten channel %s from %.0f m to %.0f m", channel.getId(), channel.getLengthM(), newLength);
        String description = String.format(Locale.ROOT, "At %.2f dB/km the %.2f dB margin shortfall of lane %s is %.0f m of fibre. "
                + "This limits the module's reach; check the PMD's rated reach.", channel.getAttenuationDbPerKm(), shortfall, lane.getId(),
                channel.getLengthM() - newLength);
        return Optional.of(new FixPlan(label, description,
                domain -> SetCommand.create(domain, channel, LightworkPackage.Literals.CHANNEL__LENGTH_M, newLength)));
    }
}
