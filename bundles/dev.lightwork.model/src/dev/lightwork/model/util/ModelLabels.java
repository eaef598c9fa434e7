package dev.lightwork.model.util;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What users read for model classes and attributes: "TIA", "DSP", "Thermal node", "MSA power class" rather than
 * the Java or Ecore names ("Tia", "msaPowerClass"). One place, used by the workbench, reports and CLI messages.
 */
public final class ModelLabels {

    /** Words of Ecore names that are acronyms in the domain (IEEE 802.3 and MSA usage). */
    private static final Map<String, String> ACRONYMS = Map.ofEntries(
            Map.entry("tia", "TIA"), Map.entry("dsp", "DSP"), Map.entry("msa", "MSA"), Map.entry("pmd", "PMD"),
            Map.entry("fec", "FEC"), Map.entry("ber", "BER"), Map.entry("mcu", "MCU"), Map.entry("oma", "OMA"),
            Map.entry("tdecq", "TDECQ"), Map.entry("rin", "RIN"), Map.entry("mpi", "MPI"), Map.entry("srs", "SRS"),
            Map.entry("secq", "SECQ"), Map.entry("er", "ER"), Map.entry("dc", "DC"), Map.entry("mzm", "MZM"),
            Map.entry("mrm", "MRM"), Map.entry("eam", "EAM"), Map.entry("eml", "EML"), Map.entry("dml", "DML"),
            Map.entry("cw", "CW"), Map.entry("rx", "Rx"), Map.entry("tx", "Tx"), Map.entry("id", "ID"),
            Map.entry("pam4", "PAM4"), Map.entry("nrz", "NRZ"), Map.entry("osfp", "OSFP"), Map.entry("qsfp", "QSFP"),
            Map.entry("cpo", "CPO"), Map.entry("lpo", "LPO"));

    private ModelLabels() {
    }

    /** "Laser", "TIA", "Thermal node" for an element's class. */
    public static String kind(EObject element) {
        return element == null ? "element" : kind(element.eClass());
    }

    public static String kind(EClass type) {
        return words(type.getName(), true);
    }

    /** "MSA power class", "Output power dBm" for an attribute or reference. */
    public static String feature(EStructuralFeature feature) {
        return words(feature.getName(), true);
    }

    /**
     * A camel-case name as words with the first capitalised and domain acronyms upper case: "msaPowerClass" ->
     * "MSA power class", "Tia" -> "TIA". With {@code sentence} false every word starts upper case.
     */
    public static String words(String camel, boolean sentence) {
        if (camel == null || camel.isEmpty()) {
            return "";
        }
        String[] parts = camel.split("(?<=[a-z0-9])(?=[A-Z])|_");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            String lower = parts[i].toLowerCase(Locale.ROOT);
            String word = ACRONYMS.get(lower);
            if (word == null) {
                word = i == 0 || !sentence ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word);
        }
        return b.toString();
    }
}
