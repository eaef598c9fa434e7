package dev.lightwork.ui.edit;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.model.Component;
import dev.lightwork.model.LightworkPackage;

/**
 * Applying a catalogue part to a component: its id in Catalog Part and every value the catalogue gives (the same values a
 * new part of that id gets from {@link PartFactory}), as one command, so one Undo restores the component. The id, the
 * thermal node and the wiring stay; the name follows the part when it was the previous part's name (or empty).
 */
public final class CatalogPartCommand {

    private CatalogPartCommand() {
    }

    public static Command create(EditingDomain domain, Component component, CatalogPart part, String previousPartName) {
        if (PartFactory.kindOf(component) != part.kind()) {
            return UnexecutableCommand.INSTANCE;
        }
        Component fresh = PartFactory.create(part, component.getId());
        CompoundCommand command = new CompoundCommand("Use Catalogue Part " + part.id());
        for (EAttribute a : fresh.eClass().getEAllAttributes()) {
            if (a.isID() || a == LightworkPackage.Literals.NAMED_ELEMENT__DESCRIPTION || !a.isChangeable() || a.isMany()) {
                continue;
            }
            if (a == LightworkPackage.Literals.NAMED_ELEMENT__NAME) {
                String name = component.getName();
                if (name != null && !name.isBlank() && !name.equals(previousPartName)) {
                    continue; // the designer's own name stays
                }
            }
            if (fresh.eIsSet(a) && !Objects.equals(fresh.eGet(a), component.eGet(a))) {
                command.append(SetCommand.create(domain, component, a, fresh.eGet(a)));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }
}
