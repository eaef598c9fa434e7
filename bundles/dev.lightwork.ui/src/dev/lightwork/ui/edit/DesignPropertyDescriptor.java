package dev.lightwork.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.widgets.Control;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.ui.diagram.CatalogPartDialog;
import dev.lightwork.ui.diagram.Units;

/**
 * One property of a design element: display name with unit ("Output Power [dBm]"), category = the model class
 * declaring the feature, a text editor for numbers/strings (checked before it is applied) and a drop-down for
 * enums, booleans and references.
 */
final class DesignPropertyDescriptor extends PropertyDescriptor {

    private final EObject object;
    private final IItemPropertyDescriptor item;
    private final EStructuralFeature feature;
    private final ILabelProvider elementLabels;

    DesignPropertyDescriptor(EObject object, IItemPropertyDescriptor item, ILabelProvider elementLabels) {
        super(item.getId(object), displayName(item, object));
        this.object = object;
        this.item = item;
        this.feature = (EStructuralFeature) item.getFeature(object);
        this.elementLabels = elementLabels;
        setCategory(category(item, object, feature));
        setDescription(item.getDescription(object));
        setAlwaysIncompatible(true);
    }

    private static String displayName(IItemPropertyDescriptor item, Object object) {
        EStructuralFeature f = (EStructuralFeature) item.getFeature(object);
        // generated names spell acronyms as words ("Msa Power Class", "Tia"): the model's labels put them right
        String name = acronyms(stripUnitWords(item.getDisplayName(object), f.getName()));
        String unit = Units.of(f.getName());
        return unit == null ? name : name + " [" + unit + "]";
    }

    /** "Msa Power Class" -> "MSA Power Class": each word through the model's label table, keeping title case. */
    static String acronyms(String displayName) {
        StringBuilder b = new StringBuilder();
        for (String word : displayName.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word.isEmpty() ? word : ModelLabels.words(word, false));
        }
        return b.toString();
    }

    /** The generated display name spells the unit suffix as words ("Output Power Dbm"): drop them, the unit follows. */
    private static String stripUnitWords(String displayName, String featureName) {
        String suffix = Units.suffix(featureName);
        if (suffix == null || !displayName.replace(" ", "").toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
            return displayName;
        }
        int letters = suffix.length();
        int end = displayName.length();
        while (letters > 0 && end > 0) {
            if (displayName.charAt(--end) != ' ') {
                letters--;
            }
        }
        String stripped = displayName.substring(0, end).trim();
        return stripped.isEmpty() ? displayName : stripped;
    }

    private static String category(IItemPropertyDescriptor item, Object object, EStructuralFeature feature) {
        String given = item.getCategory(object);
        if (given != null && !given.isEmpty()) {
            return given;
        }
        EClass declaring = feature.getEContainingClass();
        if (declaring == LightworkPackage.Literals.NAMED_ELEMENT) {
            return "General";
        }
        return declaring.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return format(value);
            }
        };
    }

    /** Numbers with their unit, "not given" for empty values, element labels for references. */
    String format(Object value) {
        if (value == null) {
            return feature instanceof EAttribute && !feature.isMany() ? "(not given)" : "";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(format(v)));
            return String.join(", ", parts);
        }
        if (value instanceof EObject element) {
            return elementLabels.getText(element);
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator e) {
            return ModelLabels.literal(e);
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof CatalogPart part) {
            return part.id() + " (" + part.name() + ")";
        }
        if (feature == LightworkPackage.Literals.COMPONENT__CATALOG_PART && value instanceof String id) {
            return library().part(id).map(p -> id + " (" + p.name() + ")").orElse(id + " (not in the catalogue)");
        }
        if ((feature == LightworkPackage.Literals.OBJECTIVE__ATTRIBUTE || feature == LightworkPackage.Literals.DESIGN_CONSTRAINT__ATTRIBUTE)
                && value instanceof String path) {
            return StudyEditors.attributeLabel(object, path);
        }
        if (feature == LightworkPackage.Literals.TRANSCEIVER_DESIGN__OPTICAL_PMD && value instanceof String id) {
            return library().pmd(id).isPresent() ? id : id + " (not in the reference library)";
        }
        String unit = Units.of(feature.getName());
        String text = value instanceof Double d ? formatNumber(d) : String.valueOf(value);
        return unit == null ? text : text + " " + unit;
    }

    private static String formatNumber(double d) {
        if (d != 0 && (Math.abs(d) < 1e-3 || Math.abs(d) >= 1e7)) {
            return String.format(Locale.ROOT, "%.3g", d);
        }
        return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static ReferenceLibrary library() {
        return SharedAnalysis.analyzer().library();
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        CellEditor study = item.canSetProperty(object) ? StudyEditors.create(parent, object, feature) : null;
        if (study != null) {
            return study; // a study variable's slot and options, an objective's or constraint's attribute: model-aware editors
        }
        if (!item.canSetProperty(object) || feature.isMany()) {
            return null;
        }
        if (feature == LightworkPackage.Literals.COMPONENT__CATALOG_PART && object instanceof Component component
                && PartFactory.kindOf(component) != null) {
            return catalogPartEditor(parent, component);
        }
        if (feature == LightworkPackage.Literals.TRANSCEIVER_DESIGN__OPTICAL_PMD) {
            List<String> ids = new ArrayList<>(library().pmds().stream().map(PmdSpec::id).toList());
            Object current = object.eGet(feature);
            if (current instanceof String c && !ids.contains(c)) {
                ids.add(c); // an unknown id stays visible (and is LW-INPUT-PMD) until the designer picks a known one
            }
            return choiceEditor(parent, ids);
        }
        if (feature instanceof EAttribute attribute && !(attribute.getEAttributeType() instanceof EEnum)
                && attribute.getEAttributeType().getInstanceClass() != boolean.class
                && attribute.getEAttributeType().getInstanceClass() != Boolean.class) {
            TextCellEditor editor = new TextCellEditor(parent) {
                @Override
                protected void doSetValue(Object value) {
                    super.doSetValue(value == null ? "" : String.valueOf(value));
                }
            };
            editor.setValidator(validator());
            return editor;
        }
        List<?> choices = new ArrayList<>(DesignPropertySource.choices(item, object));
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum && choices.isEmpty()) {
            choices = eEnum.getELiterals().stream().map(l -> l.getInstance()).toList();
        }
        if (choices.isEmpty() && feature instanceof EAttribute) {
            choices = List.of(Boolean.TRUE, Boolean.FALSE);
        }
        return choiceEditor(parent, choices);
    }

    /** A read-only drop-down over {@code values}, shown with this property's labels. */
    private CellEditor choiceEditor(Composite parent, List<?> values) {
        String[] labels = values.stream().map(v -> v == null ? "(none)" : format(v)).toArray(String[]::new);
        return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY) {
            @Override
            protected Object doGetValue() {
                int index = (Integer) super.doGetValue();
                return index < 0 ? object.eGet(feature) : values.get(index);
            }

            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(values.indexOf(value));
            }
        };
    }

    /** The catalogue picker behind a "..." button; its value is the chosen {@link CatalogPart} (applied as one command). */
    private CellEditor catalogPartEditor(Composite parent, Component component) {
        return new DialogCellEditor(parent) {
            @Override
            protected Object openDialogBox(Control cellEditorWindow) {
                PartKind kind = PartFactory.kindOf(component);
                CatalogPartDialog dialog = new CatalogPartDialog(cellEditorWindow.getShell(), kind, library().parts(kind), component.getCatalogPart());
                return dialog.open() == org.eclipse.jface.window.Window.OK ? dialog.chosen() : null;
            }

            @Override
            protected void updateContents(Object value) {
                if (getDefaultLabel() != null) {
                    getDefaultLabel().setText(format(value));
                }
            }
        };
    }

    private ICellEditorValidator validator() {
        return value -> {
            try {
                DesignPropertySource.toFeatureValue(feature, value);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
    }
}
