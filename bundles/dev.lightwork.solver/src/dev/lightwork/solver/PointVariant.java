package dev.lightwork.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.VariableKind;

/**
 * What a front point changed against the study's base design, variable by variable: the name a designer gives a
 * variant ("laser LAS-EML-1311-53 to LAS-DML-1311-53"), used for the written design's name and file name in the
 * workbench and for the preview of a selected point. A variable whose option is what the base design already has
 * is not a change.
 */
public record PointVariant(List<Change> changes) {

    /** One variable that moved: the base design's value (several parts may disagree: joined by "/") and the option chosen. */
    public record Change(String variable, String from, String to) {

        /** "laser LAS-EML-1311-53 -> LAS-DML-1311-53". */
        public String describe() {
            return variable + " " + from + " -> " + to;
        }
    }

    public PointVariant {
        changes = List.copyOf(changes);
    }

    /** The changes of {@code point} against {@code base} (the design the study ran on). */
    public static PointVariant of(TransceiverDesign base, List<StudyVariable> variables, ParetoPoint point) {
        List<Change> out = new ArrayList<>();
        for (StudyVariable v : variables) {
            String chosen = point.choices().get(v.name());
            if (chosen == null) {
                continue; // the variable kept the base design's value
            }
            String before = baseValue(base, v);
            if (!same(v, before, chosen)) {
                out.add(new Change(v.name(), before, v.kind() == VariableKind.REACH ? metres(chosen) : chosen));
            }
        }
        return new PointVariant(out);
    }

    /** What the base design has for a variable: catalogue ids of the slot's parts, NONE when it has none, the reach, the form factor. */
    public static String baseValue(TransceiverDesign base, StudyVariable v) {
        return switch (v.kind()) {
            case REACH -> {
                Set<String> lengths = new LinkedHashSet<>();
                for (Channel c : base.getChannels()) {
                    lengths.add(c.getLengthM() == null ? "(not given)" : metres(String.valueOf(c.getLengthM())));
                }
                yield lengths.isEmpty() ? "(no channel)" : String.join("/", lengths);
            }
            case FORM_FACTOR -> base.getFormFactor() == null ? "(not given)" : base.getFormFactor().getLiteral();
            case CATALOG_CHOICE -> {
                Set<String> parts = new LinkedHashSet<>();
                for (Component c : DesignMaterialiser.slotComponents(base, v.slot() == null ? "" : v.slot())) {
                    parts.add(c.getCatalogPart() == null ? c.getId() + " (own values)" : c.getCatalogPart());
                }
                yield parts.isEmpty() ? StudyVariable.NONE : String.join("/", parts);
            }
            case LANE_CONFIGURATION -> "(base lanes)";
        };
    }

    private static boolean same(StudyVariable v, String before, String chosen) {
        if (v.kind() == VariableKind.REACH) {
            return before.equals(metres(chosen));
        }
        return before.equalsIgnoreCase(chosen);
    }

    /** A reach option as a length: "500" -> "500 m", "2000.0" -> "2000 m". */
    static String metres(String option) {
        try {
            double m = Double.parseDouble(option.trim());
            return (m == Math.rint(m) ? String.valueOf((long) m) : String.format(Locale.ROOT, "%s", m)) + " m";
        } catch (NumberFormatException e) {
            return option;
        }
    }

    public boolean isBase() {
        return changes.isEmpty();
    }

    /** "laser LAS-EML-1311-53 -> LAS-DML-1311-53, tia TIA-LIN-53 -> TIA-LPO-53", or "the base design's choices". */
    public String describe() {
        return isBase() ? "the base design's choices" : String.join(", ", changes.stream().map(Change::describe).toList());
    }

    /** Longer value lists fall back to the point number, so file names stay readable in a folder listing. */
    public static final int MAX_VALUES_IN_NAME = 80;

    /**
     * The file name (without extension) a written front point gets, in the workbench and from {@code lightwork explore
     * --designs} alike: {@code <design>-<study>-<chosen values>} (e.g. {@code 400g-dr4-qsfpdd-dr4-parts-LAS-DML-1311-53_TIA-LPO-53}),
     * {@code -base} for the base design's own choices, {@code -pN} (N counting from 1, as the plot labels points) when the
     * values would make an unwieldy name. In the study id and the values, characters outside letters, digits, '.', '_' and
     * '-' become '_' (the design's stem is a file name already).
     *
     * @param designStem the source design's file name without extension
     * @param pointIndex the point's index in the front (0-based)
     */
    public String fileStem(String designStem, String study, int pointIndex) {
        String values = fileNamePart(MAX_VALUES_IN_NAME);
        return designStem + "-" + safe(study) + "-" + (values != null ? values : "p" + (pointIndex + 1));
    }

    /** "400G-DR4 QSFP-DD (7 nm DSP, EML) - dr4-parts p3: laser LAS-EML-1311-53 -> LAS-DML-1311-53": the written design's name. */
    public String designName(String baseName, String study, int pointIndex) {
        return (baseName == null || baseName.isBlank() ? "" : baseName + " - ") + study + " p" + (pointIndex + 1) + ": " + describe();
    }

    /** A name as a file-name part: characters outside letters, digits, '.', '_' and '-' become '_'. */
    public static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The chosen values as a file-name part ("LAS-DML-1311-53_TIA-LPO-53", "2000m"; "base" when nothing changed), or null
     * when that would exceed {@code maxLength} characters (then a caller numbers the point instead).
     */
    public String fileNamePart(int maxLength) {
        if (isBase()) {
            return "base";
        }
        String joined = safe(String.join("_", changes.stream().map(c -> c.to().replace(" m", "m")).toList()));
        return joined.length() > maxLength ? null : joined;
    }
}
