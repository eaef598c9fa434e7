package dev.lightwork.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lightwork.model.FormFactor;

/**
 * Reference data shipped in {@code data/*.csv}: IEEE 802.3 PMD limits, MSA power classes and the component
 * catalogue. Every row carries its source and confidence. Loaded once; immutable.
 */
public final class ReferenceLibrary {

    private static final Set<String> PMD_TEXT_COLUMNS = Set.of("id", "clause", "modulation", "fibre", "fec", "lane_wavelengths_nm", "source", "confidence", "note");
    private static final Set<String> PART_META_COLUMNS = Set.of("id", "name", "cost_class", "source", "confidence", "note");

    private static volatile ReferenceLibrary shared;

    private final Map<String, PmdSpec> pmds;
    private final List<PowerClass> powerClasses;
    private final Map<String, CatalogPart> parts;
    private final Map<PartKind, List<CatalogPart>> partsByKind;
    private final Map<String, ModelParameter> modelParameters;
    private final List<PublishedModulePower> publishedPowers;

    private ReferenceLibrary(Map<String, PmdSpec> pmds, List<PowerClass> powerClasses, Map<String, CatalogPart> parts,
            Map<String, ModelParameter> modelParameters, List<PublishedModulePower> publishedPowers) {
        this.modelParameters = Collections.unmodifiableMap(modelParameters);
        this.publishedPowers = List.copyOf(publishedPowers);
        this.pmds = Collections.unmodifiableMap(pmds);
        this.powerClasses = List.copyOf(powerClasses);
        this.parts = Collections.unmodifiableMap(parts);
        Map<PartKind, List<CatalogPart>> byKind = new EnumMap<>(PartKind.class);
        for (PartKind k : PartKind.values()) {
            byKind.put(k, parts.values().stream().filter(p -> p.kind() == k).toList());
        }
        this.partsByKind = Collections.unmodifiableMap(byKind);
    }

    /** The library shipped with this bundle (loaded on first use). */
    public static ReferenceLibrary load() {
        ReferenceLibrary lib = shared;
        if (lib == null) {
            synchronized (ReferenceLibrary.class) {
                if (shared == null) {
                    try {
                        shared = read();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                lib = shared;
            }
        }
        return lib;
    }

    private static List<Csv.Row> rows(String file) throws IOException {
        return Csv.read("data/" + file, ReferenceLibrary.class.getResourceAsStream("/data/" + file));
    }

    private static Provenance provenance(Csv.Row row) {
        return new Provenance(row.file(), row.line(), row.required("source"),
                Confidence.parse(row.file(), row.line(), row.required("confidence")), row.text("note"));
    }

    static ReferenceLibrary read() throws IOException {
        Map<String, PmdSpec> pmds = new LinkedHashMap<>();
        for (Csv.Row row : rows("pmd-specs.csv")) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String column : row.values().keySet()) {
                if (!PMD_TEXT_COLUMNS.contains(column)) {
                    // interned: the checks look limits up by literal column names per lane and Monte Carlo sample (identity compare)
                    row.number(column).ifPresent(v -> values.put(column.intern(), v));
                }
            }
            PmdSpec spec = new PmdSpec(row.required("id"), row.text("clause"), (int) row.number("lanes").orElseThrow(),
                    row.required("modulation"), row.required("fibre"), row.required("fec"),
                    Collections.unmodifiableMap(values), provenance(row), laneWindows(row));
            if (pmds.put(spec.id(), spec) != null) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": duplicate PMD id " + spec.id());
            }
        }
        List<PowerClass> classes = new ArrayList<>();
        for (Csv.Row row : rows("power-classes.csv")) {
            classes.add(new PowerClass(row.required("form_factor"), (int) row.number("class").orElseThrow(),
                    row.number("max_power_w").orElseThrow(), provenance(row)));
        }
        Map<String, CatalogPart> parts = new LinkedHashMap<>();
        for (PartKind kind : PartKind.values()) {
            for (Csv.Row row : rows(kind.file())) {
                Map<String, Double> numbers = new LinkedHashMap<>();
                Map<String, String> texts = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : row.values().entrySet()) {
                    String column = e.getKey();
                    if (PART_META_COLUMNS.contains(column) || e.getValue().isBlank()) {
                        continue;
                    }
                    if (isNumeric(e.getValue())) {
                        numbers.put(column, row.number(column).getAsDouble());
                    } else if (column.endsWith("_db") || column.endsWith("_dbm") || column.endsWith("_mw")
                            || column.endsWith("_usd") || column.endsWith("_nm") || column.endsWith("_c")) {
                        row.number(column); // a unit column must hold a number: fail with file, line and value
                    } else {
                        texts.put(column, e.getValue());
                    }
                }
                CatalogPart part = new CatalogPart(kind, row.required("id"), row.required("name"),
                        Collections.unmodifiableMap(numbers), Collections.unmodifiableMap(texts), row.text("cost_class"), provenance(row));
                if (parts.put(part.id(), part) != null) {
                    throw new IllegalArgumentException(row.file() + ":" + row.line() + ": duplicate part id " + part.id());
                }
            }
        }
        Map<String, ModelParameter> model = new LinkedHashMap<>();
        for (Csv.Row row : rows("link-model.csv")) {
            ModelParameter p = new ModelParameter(row.required("id"), row.number("value").orElseThrow(
                    () -> new IllegalArgumentException(row.file() + ":" + row.line() + ": column 'value' is empty")), row.text("unit"), provenance(row));
            if (model.put(p.id(), p) != null) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": duplicate parameter id " + p.id());
            }
        }
        List<PublishedModulePower> published = new ArrayList<>();
        for (Csv.Row row : rows("module-power-references.csv")) {
            PublishedModulePower.Basis basis = switch (row.required("basis")) {
                case "module" -> PublishedModulePower.Basis.MODULE;
                case "per_800g" -> PublishedModulePower.Basis.PER_800G;
                default -> throw new IllegalArgumentException(row.file() + ":" + row.line() + ": basis must be module or per_800g, not '"
                        + row.text("basis") + "'");
            };
            published.add(new PublishedModulePower(row.required("example"), row.number("reference_w").orElseThrow(), basis, provenance(row)));
        }
        return new ReferenceLibrary(pmds, classes, parts, model, published);
    }

    /** "1264.5-1277.5;1284.5-1297.5": one centre-wavelength window per lane of a WDM grid, in lane order. */
    private static List<PmdSpec.WavelengthWindow> laneWindows(Csv.Row row) {
        String text = row.text("lane_wavelengths_nm").trim();
        if (text.isEmpty()) {
            return List.of();
        }
        List<PmdSpec.WavelengthWindow> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] ends = part.trim().split("-");
            try {
                double min = Double.parseDouble(ends[0].trim());
                double max = Double.parseDouble(ends.length == 2 ? ends[1].trim() : "x");
                if (!(min <= max)) {
                    throw new NumberFormatException("min above max");
                }
                out.add(new PmdSpec.WavelengthWindow(min, max));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": column 'lane_wavelengths_nm' needs min-max windows separated by ';', not '"
                        + part.trim() + "'", e);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isNumeric(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public Optional<PmdSpec> pmd(String id) {
        return Optional.ofNullable(id == null ? null : pmds.get(id));
    }

    public List<PmdSpec> pmds() {
        return List.copyOf(pmds.values());
    }

    /** Classes of a form factor as named in the data ("QSFP-DD", "OSFP", "QSFP28"). */
    public List<PowerClass> powerClasses(String formFactor) {
        return powerClasses.stream().filter(c -> c.formFactor().equalsIgnoreCase(formFactor)).toList();
    }

    public Optional<PowerClass> powerClass(String formFactor, int powerClass) {
        return powerClasses(formFactor).stream().filter(c -> c.powerClass() == powerClass).findFirst();
    }

    public Optional<PowerClass> powerClass(FormFactor formFactor, int powerClass) {
        return powerClass(formFactorName(formFactor), powerClass);
    }

    /** The data files' name of a model form factor: QSFP_DD becomes "QSFP-DD". */
    public static String formFactorName(FormFactor formFactor) {
        return formFactor.getLiteral().replace('_', '-').toUpperCase(Locale.ROOT);
    }

    /** A link-model parameter of data/link-model.csv (splitter excess loss, BER floor); fails naming a missing id. */
    public ModelParameter modelParameter(String id) {
        ModelParameter p = modelParameters.get(id);
        if (p == null) {
            throw new IllegalArgumentException("data/link-model.csv has no parameter " + id);
        }
        return p;
    }

    /** Published power figures the reference designs are compared with (data/module-power-references.csv). */
    public List<PublishedModulePower> publishedModulePowers() {
        return publishedPowers;
    }

    public Optional<PublishedModulePower> publishedModulePower(String example) {
        return publishedPowers.stream().filter(p -> p.example().equals(example)).findFirst();
    }

    public Optional<CatalogPart> part(String id) {
        return Optional.ofNullable(id == null ? null : parts.get(id));
    }

    /** A part that must exist (reference designs, templates); a missing id names itself. */
    public CatalogPart requirePart(String id) {
        return part(id).orElseThrow(() -> new IllegalArgumentException("no catalogue part with id " + id));
    }

    public List<CatalogPart> parts(PartKind kind) {
        return partsByKind.get(kind);
    }

    public List<CatalogPart> parts() {
        return List.copyOf(parts.values());
    }
}
