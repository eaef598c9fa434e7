package dev.lightwork.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneElement;
import dev.lightwork.diagram.scene.SceneNode;

/**
 * What is selected on a diagram, by scene id (so it survives the scene being rebuilt after every edit), and its
 * translation to and from model elements for the workbench selection. Gestures edit {@link #ids} and then
 * {@link #fire()}; painting asks for the selected elements.
 */
final class DiagramSelection {

    /** Scene ids of the selected nodes and edges, in selection order. */
    final Set<String> ids = new LinkedHashSet<>();
    private final Map<String, SceneElement> byId = new HashMap<>();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ISelectionProvider owner;
    private final SceneCanvas canvas;

    DiagramSelection(ISelectionProvider owner, SceneCanvas canvas) {
        this.owner = owner;
        this.canvas = canvas;
    }

    void addListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    void removeListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    /** The element with scene id {@code id} in the current scene, or null. */
    SceneElement element(String id) {
        return byId.get(id);
    }

    /** A new scene (null: none): ids of elements it no longer has are dropped; true when that changed the selection. */
    boolean sceneChanged(Scene scene) {
        byId.clear();
        if (scene == null) {
            return false;
        }
        scene.nodes().forEach(n -> byId.put(n.id(), n));
        scene.edges().forEach(e -> byId.put(e.id(), e));
        return ids.removeIf(id -> !byId.containsKey(id));
    }

    /** The model elements of the selected nodes and edges (distinct, in selection order). */
    IStructuredSelection get() {
        Set<EObject> out = new LinkedHashSet<>();
        for (String id : ids) {
            SceneElement e = byId.get(id);
            if (e != null && e.target() != null) {
                out.add(e.target());
            }
        }
        return new StructuredSelection(new ArrayList<>(out));
    }

    /** Selects the nodes and edges showing {@code targets} (model elements); {@code reveal} scrolls to the first. */
    void select(Collection<?> targets, boolean reveal) {
        damage();
        ids.clear();
        List<SceneElement> found = elementsFor(targets);
        found.forEach(e -> ids.add(e.id()));
        damage();
        if (reveal && !found.isEmpty()) {
            canvas.reveal(bounds(found.get(0)));
        }
        fire();
    }

    /** The scene elements showing {@code targets}: the most specific node per target, and an edge standing for it. */
    List<SceneElement> elementsFor(Collection<?> targets) {
        List<SceneElement> out = new ArrayList<>();
        Scene scene = canvas.scene();
        if (scene == null) {
            return out;
        }
        for (Object t : targets) {
            // the most specific node first (a part inside a lane row before the row that also targets the lane)
            scene.nodes().stream().filter(n -> n.target() == t).reduce((a, b) -> b).ifPresent(out::add);
            scene.edges().stream().filter(e -> e.target() == t && e.element() == t).findFirst().ifPresent(out::add);
        }
        return out;
    }

    void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(owner, get());
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }

    /** Repaints the selected elements (before and after a change, so the old and new highlight are drawn). */
    void damage() {
        for (String id : ids) {
            SceneElement e = byId.get(id);
            if (e != null) {
                canvas.damage(bounds(e));
            }
        }
    }

    /** The one selected node, or null. */
    SceneNode single() {
        if (ids.size() != 1) {
            return null;
        }
        return byId.get(ids.iterator().next()) instanceof SceneNode n ? n : null;
    }

    /** Selected nodes without those inside another selected node (they move with it). */
    List<SceneNode> movable() {
        List<SceneNode> nodes = new ArrayList<>();
        for (String id : ids) {
            if (byId.get(id) instanceof SceneNode n) {
                nodes.add(n);
            }
        }
        return nodes.stream().filter(n -> nodes.stream().noneMatch(o -> o != n && o.isAncestorOf(n))).toList();
    }

    static Rect bounds(SceneElement e) {
        return e instanceof SceneNode n ? n.bounds() : SceneIndex.edgeBounds((SceneEdge) e);
    }
}
