package dev.lightwork.ui.diagram;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.LightworkPackage.Literals;

/**
 * The one number a designer most often changes on each kind of element, edited in place on the diagram
 * (double-click): a laser's output power, a thermal path's resistance, a loss, a length. The unit is the
 * attribute-name suffix, as everywhere in the model.
 */
public record MainValue(EAttribute attribute, String unit) {

    /** The main value of {@code element}, if it has one. */
    public static Optional<MainValue> of(EObject element) {
        EAttribute a = attribute(element);
        return a == null ? Optional.empty() : Optional.of(new MainValue(a, unit(a)));
    }

    /** The current value as text for an editor field ("" when unset). */
    public String text(EObject element) {
        Object v = element.eGet(attribute);
        return v == null ? "" : v.toString();
    }

    /**
     * Parses what the user typed: a finite number (a trailing unit matching the attribute's is accepted, so
     * "3.5 dBm" works); empty = unset. Anything else is an {@link IllegalArgumentException} naming attribute and text.
     */
    public Double parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (!unit.isEmpty() && t.toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT))) {
            t = t.substring(0, t.length() - unit.length()).trim();
        }
        try {
            double v = Double.parseDouble(t.replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(dev.lightwork.model.util.ModelLabels.attributeWords(attribute.getName()) + ": '" + text.trim() + "' is not a number" + (unit.isEmpty() ? "" : " (in " + unit + ")"));
        }
    }

    private static EAttribute attribute(EObject e) {
        return switch (e.eClass().getClassifierID()) {
            case LightworkPackage.LASER -> Literals.LASER__OUTPUT_POWER_DBM;
            case LightworkPackage.MODULATOR -> Literals.MODULATOR__INSERTION_LOSS_DB;
            case LightworkPackage.MULTIPLEXER -> Literals.MULTIPLEXER__INSERTION_LOSS_DB;
            case LightworkPackage.CONNECTOR -> Literals.CONNECTOR__INSERTION_LOSS_DB;
            case LightworkPackage.PHOTODETECTOR -> Literals.PHOTODETECTOR__RESPONSIVITY_APER_W;
            case LightworkPackage.TIA -> Literals.TIA__INPUT_NOISE_PA_PER_RT_HZ;
            case LightworkPackage.DRIVER, LightworkPackage.DSP, LightworkPackage.MICROCONTROLLER -> Literals.COMPONENT__POWER_MW;
            case LightworkPackage.CHANNEL -> Literals.CHANNEL__LENGTH_M;
            case LightworkPackage.LANE -> Literals.LANE__TDECQ_DB;
            case LightworkPackage.THERMAL_NODE -> Literals.THERMAL_NODE__LIMIT_C;
            case LightworkPackage.THERMAL_PATH -> Literals.THERMAL_PATH__RESISTANCE_KPER_W;
            case LightworkPackage.POWER_CONVERTER -> Literals.POWER_CONVERTER__EFFICIENCY;
            default -> null;
        };
    }

    /** "outputPowerDbm" -> "dBm": the unit convention of the model, spelled for people. */
    static String unit(EAttribute a) {
        String n = a.getName();
        String[][] suffixes = {{"Dbm", "dBm"}, {"Db", "dB"}, {"KPerW", "K/W"}, {"APerW", "A/W"}, {"PaPerRtHz", "pA/√Hz"}, {"Mw", "mW"},
                {"M", "m"}, {"C", "°C"}};
        for (String[] s : suffixes) {
            if (n.endsWith(s[0])) {
                return s[1];
            }
        }
        return "";
    }
}
