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

    /**
     * Enumeration literals whose words are not enough ("RS_544_514" is read "RS(544,514)", "QSFP_DD" "QSFP-DD"); every
     * other literal reads as its words ({@link #literal}).
     */
    private static final Map<String, String> LITERALS = Map.ofEntries(
            Map.entry("QSFP_DD", "QSFP-DD"), Map.entry("OSFP_XD", "OSFP-XD"), Map.entry("CPO_ENGINE", "CPO engine"),
            Map.entry("RS_528_514", "RS(528,514)"), Map.entry("RS_544_514", "RS(544,514)"),
            Map.entry("RS_544_514_HAMMING_128_120", "RS(544,514) + Hamming(128,120)"),
            Map.entry("MPO12", "MPO-12"), Map.entry("MPO16", "MPO-16"), Map.entry("MPO_APC", "MPO APC"), Map.entry("FAU", "Fibre attach unit"),
            Map.entry("CW_DFB", "CW DFB"), Map.entry("FFE_DFE", "FFE + DFE"), Map.entry("MLSE", "MLSE"), Map.entry("FFE", "FFE"),
            Map.entry("MODULE_POWER_W", "Module power (W)"), Map.entry("ENERGY_PJ_PER_BIT", "Energy per bit (pJ/bit)"),
            Map.entry("COST_USD", "Cost (USD)"), Map.entry("WORST_MARGIN_DB", "Worst lane margin (dB)"),
            Map.entry("MAX_JUNCTION_TEMPERATURE_C", "Hottest junction (°C)"), Map.entry("POST_FEC_BER", "Post-FEC BER"),
            Map.entry("LE", "at most"), Map.entry("GE", "at least"), Map.entry("SOBOL", "Sobol"), Map.entry("MINIMIZE", "Minimise"),
            Map.entry("MAXIMIZE", "Maximise"), Map.entry("SMF", "Single-mode (SMF)"), Map.entry("MMF", "Multimode (MMF)"),
            Map.entry("NONE", "None"), Map.entry("LC", "LC"), Map.entry("PIN", "PIN"), Map.entry("APD", "APD"), Map.entry("VCSEL", "VCSEL"),
            Map.entry("DML", "DML"), Map.entry("EML", "EML"), Map.entry("MZM", "MZM"), Map.entry("MRM", "MRM"), Map.entry("EAM", "EAM"),
            Map.entry("NRZ", "NRZ"), Map.entry("PAM4", "PAM4"), Map.entry("OSFP", "OSFP"), Map.entry("QSFP112", "QSFP112"),
            Map.entry("MUX", "Multiplexer"), Map.entry("DEMUX", "Demultiplexer"), Map.entry("MONTE_CARLO", "Monte Carlo"),
            Map.entry("CATALOG_CHOICE", "Catalogue part"));

    private ModelLabels() {
    }

    /**
     * What users read for an enumeration value: "RS(544,514)", "QSFP-DD", "CPO engine", "Truncated normal" (never the
     * Java constant). The one place UI, diagrams, reports and CLI messages take enum names from; null reads "(not given)".
     */
    public static String literal(org.eclipse.emf.common.util.Enumerator value) {
        if (value == null) {
            return "(not given)";
        }
        String name = value.getName();
        String fixed = LITERALS.get(name);
        return fixed != null ? fixed : words(name.toLowerCase(Locale.ROOT).replace('_', ' ').replace(' ', '_'), true);
    }

    /** {@link #literal(org.eclipse.emf.common.util.Enumerator)} for any value: enumerators by their label, the rest as text. */
    public static String value(Object value) {
        if (value instanceof org.eclipse.emf.common.util.Enumerator e) {
            return literal(e);
        }
        return value == null ? "(not given)" : String.valueOf(value);
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
