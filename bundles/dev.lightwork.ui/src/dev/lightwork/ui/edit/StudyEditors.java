package dev.lightwork.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;

import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.DesignVariable;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.VariableKind;
import dev.lightwork.solver.DesignMaterialiser;
import dev.lightwork.solver.StudyVariable;
import dev.lightwork.ui.diagram.Units;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * Properties editors of a trade study's variable (issue 16 item 5): the slot as a drop-down of part kinds and the
 * design's components, the options as a multi-select of the catalogue entries of the slot's kind (with key values
 * and confidence; NONE where the slot may be removed), form factors as a multi-select, reaches as a list of lengths; an
 * ATTRIBUTE objective's or constraint's attribute as a drop-down of the design's numeric part attributes by display name.
 * Kind, metric, sense and operator are enumerations and get the descriptor's drop-down.
 */
public final class StudyEditors {

    /** One value a variable may offer and how the dialog shows it. */
    public record Choice(String value, String label) {
    }

    private StudyEditors() {
    }

    /** An editor for {@code feature} of {@code object}, or null when the generic descriptor's editor applies. */
    static CellEditor create(Composite parent, EObject object, EStructuralFeature feature) {
        if (feature == LightworkPackage.Literals.OBJECTIVE__ATTRIBUTE || feature == LightworkPackage.Literals.DESIGN_CONSTRAINT__ATTRIBUTE) {
            String current = (String) object.eGet(feature);
            return choiceEditor(parent, attributes(designOf(object), current), () -> (String) object.eGet(feature));
        }
        if (!(object instanceof DesignVariable variable)) {
            return null;
        }
        if (feature == LightworkPackage.Literals.DESIGN_VARIABLE__SLOT) {
            return choiceEditor(parent, slots(designOf(variable)), variable::getSlot);
        }
        if (feature == LightworkPackage.Literals.DESIGN_VARIABLE__OPTIONS) {
            return new DialogCellEditor(parent) {
                @Override
                protected Object openDialogBox(Control cellEditorWindow) {
                    List<String> chosen = chooseOptions(cellEditorWindow.getShell(), variable);
                    return chosen; // null keeps the value (cancelled)
                }

                @Override
                protected void updateContents(Object value) {
                    if (getDefaultLabel() != null) {
                        getDefaultLabel().setText(value instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : "");
                    }
                }
            };
        }
        return null;
    }

    /** A read-only drop-down of {@code choices} showing their labels; its value is the chosen value ({@code current} when none is). */
    private static CellEditor choiceEditor(Composite parent, List<Choice> choices, java.util.function.Supplier<String> current) {
        String[] labels = choices.stream().map(Choice::label).toArray(String[]::new);
        return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY) {
            @Override
            protected Object doGetValue() {
                int index = (Integer) super.doGetValue();
                return index < 0 ? current.get() : choices.get(index).value();
            }

            @Override
            protected void doSetValue(Object value) {
                int index = -1;
                for (int i = 0; i < choices.size(); i++) {
                    if (choices.get(i).value().equalsIgnoreCase(String.valueOf(value))) {
                        index = i;
                    }
                }
                super.doSetValue(index);
            }
        };
    }

    /** Designs with more parts than this offer the part kinds only (a drop-down of thousands of part x attribute rows is unusable). */
    static final int MAX_COMPONENTS_LISTED = 64;

    /**
     * What an ATTRIBUTE objective or constraint may name ("slot.attribute", the solver's path): every numeric attribute of
     * each part kind the design has ("TIA (every TIA) › Bandwidth [GHz]" for {@code TIA.bandwidthGhz}), then of each of its
     * parts by id (up to {@value #MAX_COMPONENTS_LISTED} parts). A value already set but not offered stays listed, so
     * opening the drop-down never changes it silently.
     */
    public static List<Choice> attributes(TransceiverDesign design, String current) {
        Map<String, Choice> out = new LinkedHashMap<>();
        if (design != null) {
            for (PartKind k : PartKind.values()) {
                List<Component> parts = DesignMaterialiser.slotComponents(design, k.name());
                if (!parts.isEmpty()) {
                    addAttributes(out, k.name(), k.name() + " (every " + words(k) + ")", parts.get(0));
                }
            }
            if (design.getComponents().size() <= MAX_COMPONENTS_LISTED) {
                for (Component c : design.getComponents()) {
                    if (c.getId() != null) {
                        addAttributes(out, c.getId(), c.getId(), c);
                    }
                }
            }
        }
        if (current != null && !current.isBlank()) {
            out.putIfAbsent(current, new Choice(current, current + " (not an attribute of this design)"));
        }
        return List.copyOf(out.values());
    }

    /** How Properties shows an ATTRIBUTE path of {@code owner}'s design: the drop-down's label ("TIA (every TIA) › Bandwidth [GHz]"). */
    public static String attributeLabel(EObject owner, String path) {
        return attributes(designOf(owner), path).stream().filter(c -> c.value().equals(path)).map(Choice::label).findFirst().orElse(path);
    }

    private static void addAttributes(Map<String, Choice> out, String slot, String slotLabel, Component part) {
        for (org.eclipse.emf.ecore.EAttribute a : part.eClass().getEAllAttributes()) {
            Class<?> type = a.getEAttributeType().getInstanceClass();
            boolean numeric = type != null && (Number.class.isAssignableFrom(type) || type == double.class || type == int.class || type == long.class);
            if (numeric && !a.isMany()) {
                String unit = Units.of(a.getName());
                String path = slot + "." + a.getName();
                out.putIfAbsent(path, new Choice(path, slotLabel + " \u203a " + Units.attributeLabel(a.getName()) + (unit == null ? "" : " [" + unit + "]")));
            }
        }
    }

    private static TransceiverDesign designOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof TransceiverDesign d) {
                return d;
            }
        }
        return null;
    }

    /** The slots a catalogue choice can name: every part kind, then each component of the design by id. */
    public static List<Choice> slots(TransceiverDesign design) {
        List<Choice> out = new ArrayList<>();
        for (PartKind k : PartKind.values()) {
            out.add(new Choice(k.name(), k.name() + " (every " + words(k) + " of the design)"));
        }
        if (design != null) {
            for (Component c : design.getComponents()) {
                if (c.getId() != null) {
                    out.add(new Choice(c.getId(), c.getId() + " (only this " + words(DesignMaterialiser.kindOf(c)) + ")"));
                }
            }
        }
        return out;
    }

    private static String words(PartKind k) {
        return switch (k) {
            case TIA -> "TIA";
            case DSP -> "DSP";
            case MCU -> "microcontroller";
            case MUX -> "multiplexer";
            case POWER_CONVERTER -> "power converter";
            default -> k.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The part kind a slot designates in {@code design} (a kind's name, or the kind of the component with that id), or null. */
    public static PartKind slotKind(TransceiverDesign design, String slot) {
        if (slot == null || slot.isBlank()) {
            return null;
        }
        PartKind kind = DesignMaterialiser.slotKind(slot);
        if (kind != null || design == null) {
            return kind;
        }
        List<Component> parts = DesignMaterialiser.slotComponents(design, slot);
        return parts.isEmpty() ? null : DesignMaterialiser.kindOf(parts.get(0));
    }

    /**
     * What a variable may offer: catalogue entries of the slot's kind (plus NONE for modulators and DSPs, which linear
     * drive removes), the form factors, or nothing for a reach (typed as lengths). Options already in the variable but
     * not in the catalogue stay listed, so opening the dialog never drops them silently.
     */
    public static List<Choice> offered(DesignVariable v, ReferenceLibrary library) {
        Map<String, Choice> out = new LinkedHashMap<>();
        if (v.getKind() == VariableKind.FORM_FACTOR) {
            for (FormFactor f : FormFactor.VALUES) {
                out.put(f.getLiteral(), new Choice(f.getLiteral(), ReferenceLibrary.formFactorName(f)));
            }
        } else if (v.getKind() == VariableKind.CATALOG_CHOICE) {
            PartKind kind = slotKind(designOf(v), v.getSlot());
            if (kind == PartKind.MODULATOR || kind == PartKind.DSP) {
                out.put(StudyVariable.NONE, new Choice(StudyVariable.NONE, "NONE (remove the " + words(kind) + ": linear drive or a directly modulated laser)"));
            }
            if (kind != null) {
                for (CatalogPart p : library.parts(kind)) {
                    out.put(p.id(), new Choice(p.id(), label(p)));
                }
            }
        }
        for (String o : v.getOptions()) {
            out.putIfAbsent(o, new Choice(o, o + " (not in the catalogue)"));
        }
        return List.copyOf(out.values());
    }

    /** "LAS-DML-1311-53 - DML 1311 nm 53 GBd (typical): 2 dBm, 9.5 GHz, 80 mW, 12 USD; confidence L". */
    public static String label(CatalogPart p) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, Double> e : p.numbers().entrySet()) {
            String unit = unit(e.getKey());
            if (unit != null && values.size() < 4) {
                values.add(number(e.getValue()) + " " + unit);
            }
        }
        OptionalDouble cost = p.costUsd();
        if (cost.isPresent()) {
            values.add(number(cost.getAsDouble()) + " USD");
        }
        return p.id() + " - " + p.name() + (values.isEmpty() ? "" : ": " + String.join(", ", values)) + "; confidence "
                + p.provenance().confidence();
    }

    /** Key values are the columns with a physical unit in their name; counts, limits and ids are left to the catalogue. */
    private static String unit(String column) {
        if (column.endsWith("_dbm")) {
            return "dBm";
        } else if (column.endsWith("loss_db") || column.endsWith("ratio_db")) {
            return "dB";
        } else if (column.endsWith("_ghz")) {
            return "GHz";
        } else if (column.endsWith("power_mw")) {
            return "mW";
        } else if (column.endsWith("_a_per_w")) {
            return "A/W";
        } else if (column.endsWith("_pa_per_rthz")) {
            return "pA/\u221aHz";
        } else if (column.endsWith("_gbps")) {
            return "Gb/s";
        }
        return null;
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Opens the options dialog of {@code v}; the chosen values in the dialog's order, or null when cancelled. */
    static List<String> chooseOptions(Shell shell, DesignVariable v) {
        if (v.getKind() == VariableKind.REACH) {
            InputDialog dialog = reachDialog(shell, v);
            return dialog.open() == Window.OK ? reaches(dialog.getValue()) : null;
        }
        ListSelectionDialog dialog = optionsDialog(shell, v, WorkbenchAnalyzer.library());
        if (dialog == null || dialog.open() != Window.OK) {
            return null;
        }
        return chosen(dialog, v);
    }

    /** The multi-select of a catalogue or form-factor variable, preselecting its options; null when the kind offers no list. */
    public static ListSelectionDialog optionsDialog(Shell shell, DesignVariable v, ReferenceLibrary library) {
        List<Choice> offered = offered(v, library);
        if (offered.isEmpty()) {
            return null;
        }
        List<Choice> preselected = offered.stream().filter(c -> v.getOptions().contains(c.value())).toList();
        String what = v.getKind() == VariableKind.FORM_FACTOR ? "form factors"
                : "catalogue entries for slot " + (v.getSlot() == null ? "(not given)" : v.getSlot());
        OptionsDialog dialog = new OptionsDialog(shell, offered, "The " + what + " the solver may choose from:");
        dialog.setTitle("Options of " + (v.getName() != null ? v.getName() : v.getId()));
        dialog.setInitialElementSelections(preselected);
        return dialog;
    }

    /** The checkbox list, wide enough that a catalogue entry's key values and confidence read whole. */
    private static final class OptionsDialog extends ListSelectionDialog {

        @SuppressWarnings("deprecation") // the builder (ListSelectionDialog.of) creates a dialog that cannot be widened
        OptionsDialog(Shell shell, List<Choice> offered, String message) {
            super(shell, offered, ArrayContentProvider.getInstance(), new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((Choice) element).label();
                }
            }, message);
        }

        @Override
        protected org.eclipse.swt.graphics.Point getInitialSize() {
            org.eclipse.swt.graphics.Point size = super.getInitialSize();
            return new org.eclipse.swt.graphics.Point(Math.max(size.x, 880), Math.max(size.y, 420));
        }
    }

    /**
     * The values checked in an options dialog: the variable's options still checked in their order (the solver and the
     * table list options in that order), then the newly checked ones in the dialog's order.
     */
    public static List<String> chosen(ListSelectionDialog dialog, DesignVariable v) {
        Object[] result = dialog.getResult();
        List<String> checked = new ArrayList<>();
        if (result != null) {
            for (Object o : result) {
                checked.add(((Choice) o).value());
            }
        }
        List<String> out = new ArrayList<>(v.getOptions().stream().filter(checked::contains).toList());
        checked.stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** The reach list as text, "500, 2000" (metres), validated as positive lengths. */
    public static InputDialog reachDialog(Shell shell, DesignVariable v) {
        return new InputDialog(shell, "Reaches of " + (v.getName() != null ? v.getName() : v.getId()),
                "Channel lengths in metres the solver may choose, separated by commas (e.g. 500, 2000):", String.join(", ", v.getOptions()),
                text -> {
                    try {
                        reaches(text);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
    }

    /** "500, 2000 m" -> [500, 2000]; a value that is not a positive length names itself. */
    public static List<String> reaches(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,;]+")) {
            String t = part.replace(" ", "").toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.endsWith("m") && !t.endsWith("km")) {
                t = t.substring(0, t.length() - 1);
            }
            double metres;
            try {
                metres = t.endsWith("km") ? 1000 * Double.parseDouble(t.substring(0, t.length() - 2)) : Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a length in metres");
            }
            if (!(metres > 0) || Double.isInfinite(metres)) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a positive length");
            }
            String value = metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres);
            if (!out.contains(value)) {
                out.add(value);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("give at least one length in metres");
        }
        return out;
    }
}
