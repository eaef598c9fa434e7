package dev.lightwork.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.analysis.format.QuantityFormat;

/**
 * Structural difference of two EMF models by reflection (EMF Compare is not available): elements are matched by
 * their id attribute, id-less elements by containment path; every non-derived, non-transient attribute and
 * non-containment reference is compared. Generic: nothing here knows the Lightwork metamodel.
 */
public final class ModelDiff {

    private ModelDiff() {
    }

    /** Changes from {@code before} to {@code after}: changed and added elements in {@code after}'s order, then removed ones. */
    public static List<ModelChange> between(EObject before, EObject after) {
        Map<String, EObject> old = index(before);
        Map<String, EObject> now = index(after);
        List<ModelChange> changes = new ArrayList<>();
        // The roots are the two revisions of one design, even when its id changed.
        compare(key(after), before, after, changes);
        old.remove(key(before));
        now.remove(key(after));
        for (Map.Entry<String, EObject> e : now.entrySet()) {
            EObject o = old.get(e.getKey());
            EObject n = e.getValue();
            if (o == null) {
                changes.add(new ModelChange(ModelChange.Kind.ADDED, e.getKey(), n.eClass().getName(), null, null, null));
            } else if (o.eClass() != n.eClass()) {
                changes.add(new ModelChange(ModelChange.Kind.REMOVED, e.getKey(), o.eClass().getName(), null, null, null));
                changes.add(new ModelChange(ModelChange.Kind.ADDED, e.getKey(), n.eClass().getName(), null, null, null));
            } else {
                compare(e.getKey(), o, n, changes);
            }
        }
        for (Map.Entry<String, EObject> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(new ModelChange(ModelChange.Kind.REMOVED, e.getKey(), e.getValue().eClass().getName(), null, null, null));
            }
        }
        return changes;
    }

    private static void compare(String key, EObject o, EObject n, List<ModelChange> changes) {
        for (EStructuralFeature f : n.eClass().getEAllStructuralFeatures()) {
            if (f.isDerived() || f.isTransient()) {
                continue;
            }
            if (f instanceof EAttribute a) {
                Object ov = o.eGet(a);
                Object nv = n.eGet(a);
                if (!Objects.equals(ov, nv)) {
                    changes.add(new ModelChange(ModelChange.Kind.ATTRIBUTE, key, n.eClass().getName(), a.getName(), text(ov), text(nv)));
                }
            } else if (f instanceof EReference r && !r.isContainment() && !r.isContainer()) {
                String ov = targets(o, r);
                String nv = targets(n, r);
                if (!ov.equals(nv)) {
                    changes.add(new ModelChange(ModelChange.Kind.REFERENCE, key, n.eClass().getName(), r.getName(), ov, nv));
                }
            }
        }
    }

    private static String text(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(QuantityFormat::plain).collect(Collectors.joining(", ", "[", "]"));
        }
        return v == null ? "(not set)" : QuantityFormat.plain(v);
    }

    private static String targets(EObject owner, EReference r) {
        Object v = owner.eGet(r, false);
        if (v instanceof List<?> list) {
            return list.stream().map(t -> key((EObject) t)).collect(Collectors.joining(", ", "[", "]"));
        }
        return v == null ? "(not set)" : key((EObject) v);
    }

    /** Every element of the tree under {@code root} (root included) by key, in document order. */
    static Map<String, EObject> index(EObject root) {
        Map<String, EObject> map = new LinkedHashMap<>();
        map.put(key(root), root);
        root.eAllContents().forEachRemaining(e -> map.putIfAbsent(key(e), e));
        return map;
    }

    /** The element's id, or its containment path from the nearest ancestor with an id (or the root). */
    static String key(EObject e) {
        String id = e.eIsProxy() ? null : EcoreUtil.getID(e);
        if (id != null) {
            return id;
        }
        EObject container = e.eContainer();
        if (container == null) {
            return e.eIsProxy() ? String.valueOf(EcoreUtil.getURI(e)) : "/";
        }
        if (container.eContainer() == null) {
            return step(e); // directly under the root: no prefix, so a renamed root does not change every key
        }
        return key(container) + "/" + step(e);
    }

    private static String step(EObject e) {
        EObject container = e.eContainer();
        EReference feature = e.eContainmentFeature();
        String step = feature.getName();
        if (feature.isMany()) {
            step += "[" + ((List<?>) container.eGet(feature)).indexOf(e) + "]";
        }
        return step;
    }
}
