package dev.lightwork.ui.fixes;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;

import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.PartKind;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;

/**
 * Replaces the connectors of the lane's channel by the lowest-loss catalogue connector of the same type (an MPO
 * stays an MPO: the fibre plant decides the type), taking every catalogue value of that part.
 */
final class ConnectorFix implements FixRule {

    @Override
    public Optional<FixPlan> plan(FixContext c) {
        if (!c.is(DesignRule.LINK_MARGIN) || !(c.element() instanceof Lane lane) || lane.getChannel() == null) {
            return Optional.empty();
        }
        Set<Connector> connectors = new LinkedHashSet<>(lane.getChannel().getConnectors());
        StringBuilder what = new StringBuilder();
        double saved = 0;
        java.util.Map<Connector, CatalogPart> choices = new java.util.LinkedHashMap<>();
        for (Connector connector : connectors) {
            Optional<CatalogPart> best = c.library().parts(PartKind.CONNECTOR).stream()
                    .filter(p -> connector.getConnectorType() != null && connector.getConnectorType().getLiteral().equals(p.text("type")))
                    .filter(p -> p.number("insertion_loss_db").isPresent())
                    .min(Comparator.comparingDouble(p -> p.number("insertion_loss_db").getAsDouble()));
            if (best.isEmpty()) {
                continue;
            }
            double loss = best.get().number("insertion_loss_db").getAsDouble();
            if (connector.getInsertionLossDb() != null && connector.getInsertionLossDb() > loss) {
                choices.put(connector, best.get());
                saved += connector.getInsertionLossDb() - loss;
                what.append(what.length() == 0 ? "" : ", ").append(connector.getId()).append(" -> ").append(best.get().id());
            }
        }
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        String label = String.format(Locale.ROOT, "Use the lowest-loss catalogue connectors (%s, %.2f dB less)", what, saved);
        String description = "Replaces the connector values of channel " + lane.getChannel().getId()
                + " by the catalogue part with the lowest insertion loss of the same connector type; the part's cost and reflectance come with it.";
        return Optional.of(new FixPlan(label, description, domain -> {
            CompoundCommand command = new CompoundCommand("Use lowest-loss connectors");
            choices.forEach((connector, part) -> {
                EObject replacement = PartFactory.create(part, connector.getId());
                for (EAttribute a : LightworkPackage.Literals.CONNECTOR.getEAllAttributes()) {
                    if (a.isID() || a == LightworkPackage.Literals.NAMED_ELEMENT__DESCRIPTION || !replacement.eIsSet(a)) {
                        continue;
                    }
                    Object value = replacement.eGet(a);
                    if (!value.equals(connector.eGet(a))) {
                        command.append(SetCommand.create(domain, connector, a, value));
                    }
                }
            });
            return command;
        }));
    }
}
