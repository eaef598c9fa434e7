package dev.lightwork.model.util;

import java.util.List;
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

    /**
     * Attribute-name suffix to unit (README unit convention: {@code outputPowerDbm} is in dBm), longest first so that
     * {@code attenuationDbPerKm} is dB/km and not dB. The one table of it; the workbench's unit parser and the report read it.
     */
    private static final List<Map.Entry<String, String>> UNIT_SUFFIXES = List.of(
            Map.entry("PsPerNm2Km", "ps/(nm²·km)"), Map.entry("PaPerRtHz", "pA/√Hz"), Map.entry("DbPerKm", "dB/km"),
            Map.entry("DbPerHz", "dB/Hz"), Map.entry("DbPerK", "dB/K"), Map.entry("KPerW", "K/W"), Map.entry("APerW", "A/W"),
            Map.entry("Gbps", "Gb/s"), Map.entry("Ghz", "GHz"), Map.entry("Gbd", "GBd"), Map.entry("Dbm", "dBm"), Map.entry("Usd", "USD"),
            Map.entry("Db", "dB"), Map.entry("Mw", "mW"), Map.entry("Nm", "nm"), Map.entry("Na", "nA"), Map.entry("C", "°C"),
            Map.entry("W", "W"), Map.entry("M", "m"), Map.entry("V", "V"), Map.entry("S", "s"));

    private ModelLabels() {
    }

    /**
     * The unit suffix of {@code attributeName} as written in it ("Dbm", "DbPerKm"), or null. The suffix must follow a
     * lower case letter or digit ({@code laneCount} has no unit, {@code lengthM} is in m).
     */
    public static String unitSuffix(String attributeName) {
        Map.Entry<String, String> e = unitEntry(attributeName);
        return e == null ? null : e.getKey();
    }

    /** The unit of {@code attributeName} ("dBm" for {@code outputPowerDbm}), or null when its name carries none. */
    public static String unit(String attributeName) {
        Map.Entry<String, String> e = unitEntry(attributeName);
        return e == null ? null : e.getValue();
    }

    private static Map.Entry<String, String> unitEntry(String attributeName) {
        if (attributeName == null) {
            return null;
        }
        for (Map.Entry<String, String> e : UNIT_SUFFIXES) {
            String suffix = e.getKey();
            int start = attributeName.length() - suffix.length();
            if (start > 0 && attributeName.endsWith(suffix) && !Character.isUpperCase(attributeName.charAt(start - 1))) {
                return e;
            }
        }
        return null;
    }

    /** "Output power" for {@code outputPowerDbm}: the attribute in words without its unit suffix. */
    public static String attributeWords(String attributeName) {
        String suffix = unitSuffix(attributeName);
        return words(suffix == null ? attributeName : attributeName.substring(0, attributeName.length() - suffix.length()), true);
    }

    /** "Output power (dBm)", "Lane count": what users read for an attribute, its unit in brackets. */
    public static String attribute(String attributeName) {
        String unit = unit(attributeName);
        return attributeWords(attributeName) + (unit == null ? "" : " (" + unit + ")");
    }

    /** {@link #attribute(String)} of a feature; "(no attribute)" for null. */
    public static String attribute(EStructuralFeature feature) {
        return feature == null ? "(no attribute)" : attribute(feature.getName());
    }

    /**
     * How users find an element: its id where it has one ("las0"), else its kind in words, qualified where that alone
     * is ambiguous ("Host interface", "Thermal path tj-tosa → case", "Objective 2 of dr4-parts"). Never a Java class name.
     */
    public static String element(EObject element) {
        if (element == null) {
            return "(no element)";
        }
        var idAttribute = element.eClass().getEIDAttribute();
        Object id = idAttribute == null ? null : element.eGet(idAttribute);
        if (id != null && !id.toString().isBlank()) {
            return id.toString();
        }
        String kind = kind(element);
        if (element instanceof dev.lightwork.model.ThermalPath p) {
            return kind + " " + ends(p.getFrom()) + " → " + ends(p.getTo());
        }
        EObject container = element.eContainer();
        var feature = element.eContainingFeature();
        if (container == null || feature == null || !feature.isMany()) {
            return kind; // one of its kind where it is (the design's host interface, its thermal network)
        }
        int index = ((List<?>) container.eGet(feature)).indexOf(element) + 1;
        return kind + " " + index + " of " + element(container);
    }

    private static String ends(EObject node) {
        return node == null ? "(no node)" : element(node);
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
