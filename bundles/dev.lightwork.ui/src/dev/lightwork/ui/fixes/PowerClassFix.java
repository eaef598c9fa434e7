package dev.lightwork.ui.fixes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;

import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.PowerClass;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;

/**
 * Chooses the lowest MSA power class of the design's form factor that holds the module power; when none does,
 * the next larger form factor (QSFP112, QSFP-DD, OSFP, OSFP-XD) with a class that holds it.
 */
final class PowerClassFix implements FixRule {

    /** Pluggable form factors from the smallest envelope to the largest; a CPO engine has no MSA class. */
    private static final List<FormFactor> LARGER = List.of(FormFactor.QSFP112, FormFactor.QSFP_DD, FormFactor.OSFP, FormFactor.OSFP_XD);

    @Override
    public Optional<FixPlan> plan(FixContext c) {
        if (!c.is(DesignRule.POWER_CLASS) || !(c.element() instanceof TransceiverDesign design) || design.getFormFactor() == null) {
            return Optional.empty();
        }
        double totalW = c.analysis().power().totalW();
        if (Double.isNaN(totalW)) {
            return Optional.empty();
        }
        int current = design.getMsaPowerClass() == null ? 0 : design.getMsaPowerClass();
        Optional<PowerClass> same = fitting(c.library(), design.getFormFactor(), totalW).filter(pc -> pc.powerClass() > current);
        if (same.isPresent()) {
            PowerClass pc = same.get();
            return Optional.of(new FixPlan(
                    String.format(Locale.ROOT, "Declare MSA power class %d (%.1f W) for the %.2f W module", pc.powerClass(), pc.maxPowerW(), totalW),
                    "Source: " + pc.provenance().source() + ". A higher class needs a host slot that supplies and cools it.",
                    domain -> SetCommand.create(domain, design, LightworkPackage.Literals.TRANSCEIVER_DESIGN__MSA_POWER_CLASS, pc.powerClass())));
        }
        int index = LARGER.indexOf(design.getFormFactor());
        for (int i = index + 1; index >= 0 && i < LARGER.size(); i++) {
            FormFactor larger = LARGER.get(i);
            Optional<PowerClass> fit = fitting(c.library(), larger, totalW);
            if (fit.isPresent()) {
                PowerClass pc = fit.get();
                return Optional.of(new FixPlan(
                        String.format(Locale.ROOT, "Move to %s, power class %d (%.1f W), for the %.2f W module",
                                ReferenceLibrary.formFactorName(larger), pc.powerClass(), pc.maxPowerW(), totalW),
                        "No " + ReferenceLibrary.formFactorName(design.getFormFactor()) + " class holds " + String.format(Locale.ROOT, "%.2f W", totalW)
                                + ". Source: " + pc.provenance().source(),
                        domain -> {
                            CompoundCommand command = new CompoundCommand("Change form factor and power class");
                            command.append(SetCommand.create(domain, design, LightworkPackage.Literals.TRANSCEIVER_DESIGN__FORM_FACTOR, larger));
                            command.append(SetCommand.create(domain, design, LightworkPackage.Literals.TRANSCEIVER_DESIGN__MSA_POWER_CLASS, pc.powerClass()));
                            return command;
                        }));
            }
        }
        return Optional.empty();
    }

    private static Optional<PowerClass> fitting(ReferenceLibrary library, FormFactor formFactor, double totalW) {
        return library.powerClasses(ReferenceLibrary.formFactorName(formFactor)).stream()
                .filter(pc -> pc.maxPowerW() >= totalW)
                .min(Comparator.comparingInt(PowerClass::powerClass));
    }
}
