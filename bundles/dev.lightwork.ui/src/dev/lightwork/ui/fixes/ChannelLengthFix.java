package dev.lightwork.ui.fixes;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.PmdCheck;
import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;

/**
 * Shortens a channel so that every lane over it keeps its required margin and the channel stays within the PMD's
 * channel insertion loss: by the larger of the two excesses, in fibre length (rounded down to whole metres). Offered
 * on a lane's margin finding and on a channel's insertion-loss finding; not offered when even a zero-length fibre
 * would not close the gap (the loss is elsewhere).
 */
final class ChannelLengthFix implements FixRule {

    @Override
    public Optional<FixPlan> plan(FixContext c) {
        Channel channel;
        if (c.is(DesignRule.LINK_MARGIN) && c.element() instanceof Lane lane) {
            channel = lane.getChannel();
        } else if ((c.is(DesignRule.LINK_CHANNEL) || c.is(DesignRule.LINK_REACH)) && c.element() instanceof Channel ch) {
            channel = ch;
        } else {
            return Optional.empty();
        }
        if (channel == null || channel.getLengthM() == null || channel.getAttenuationDbPerKm() == null || channel.getAttenuationDbPerKm() <= 0) {
            return Optional.empty();
        }
        double required = DesignRules.requiredMarginDb(c.design());
        double excessDb = 0.0;
        double maxReachM = Double.POSITIVE_INFINITY;
        for (Lane lane : c.design().getLanes()) {
            LinkBudget b = lane.getChannel() == channel ? c.analysis().linkBudget(lane) : null;
            if (b == null || Double.isNaN(b.marginDb())) {
                continue;
            }
            excessDb = Math.max(excessDb, required - b.marginDb());
            for (PmdCheck check : b.pmdChecks()) {
                if (check.term() == PmdCheck.Term.CHANNEL_INSERTION_LOSS) {
                    excessDb = Math.max(excessDb, check.value() - check.limit());
                } else if (check.term() == PmdCheck.Term.REACH && check.upperLimit()) {
                    maxReachM = Math.min(maxReachM, check.limit()); // the PMD's operating range bounds the length too
                }
            }
        }
        double byLoss = excessDb > 0 ? channel.getLengthM() - excessDb / channel.getAttenuationDbPerKm() * 1000.0 : channel.getLengthM();
        double newLength = Math.floor(Math.min(byLoss, maxReachM));
        if (newLength >= channel.getLengthM() || newLength < 1) {
            return Optional.empty();
        }
        String label = String.format(Locale.ROOT, "Shorten channel %s from %.0f m to %.0f m", channel.getId(), channel.getLengthM(), newLength);
        String description = String.format(Locale.ROOT, "At %.2f dB/km, %.2f dB (the larger of the lanes' margin shortfall and the "
                + "excess over the PMD's channel insertion loss) is %.0f m of fibre%s. This limits the module's reach.",
                channel.getAttenuationDbPerKm(), Math.max(excessDb, 0), channel.getLengthM() - byLoss,
                newLength < Math.floor(byLoss) ? String.format(Locale.ROOT, "; the PMD's operating range ends at %.0f m", maxReachM) : "");
        return Optional.of(new FixPlan(label, description,
                domain -> SetCommand.create(domain, channel, LightworkPackage.Literals.CHANNEL__LENGTH_M, newLength)));
    }
}
