package dev.lightwork.diagram.description;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneElement;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.scene.ScenePort;

/**
 * Evaluates a description over an analysed design: every mapping's candidates become scene nodes, ports and
 * edges with labels and resolved styles. Edges find their ends by candidate object, so a description never
 * deals with scene ids.
 */
public final class SceneFactory {

    private final DiagramContext context;
    private final Map<Object, SceneElement> byCandidate = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    private SceneFactory(DiagramContext context) {
        this.context = context;
    }

    /** The un-laid-out scene of {@code description} for {@code context}. */
    public static Scene create(DiagramDescription description, DiagramContext context) {
        return new SceneFactory(context).build(description);
    }

    private Scene build(DiagramDescription d) {
        Scene scene = new Scene(d.title(context), d.subtitle(context), d.legend(context));
        for (DiagramDescription.Nodes<?> nodes : d.nodes()) {
            addRoots(scene, nodes);
        }
        for (DiagramDescription.Edges<?> edges : d.edges()) {
            addEdges(scene, edges);
        }
        return scene;
    }

    private <T> void addRoots(Scene scene, DiagramDescription.Nodes<T> nodes) {
        List<? extends T> candidates = nodes.candidates().apply(context);
        for (int i = 0; i < candidates.size(); i++) {
            scene.addRoot(node(nodes.mapping(), candidates.get(i), i, null));
        }
    }

    private <T> SceneNode node(NodeMapping<T> mapping, T candidate, int position, SceneNode parent) {
        String id = uniqueId(parent == null ? "" : parent.id() + "/", mapping.id(), mapping.key(candidate), position);
        SceneNode node = new SceneNode(id, candidate, mapping.target(candidate), mapping.label(candidate, context),
                mapping.style(candidate, context), parent);
        node.setSummary(mapping.summary(candidate, context));
        remember(candidate, node);
        for (NodeMapping.Ports<T, ?> ports : mapping.ports()) {
            addPorts(node, candidate, ports);
        }
        for (NodeMapping.Children<T, ?> children : mapping.children()) {
            addChildren(node, candidate, children);
        }
        return node;
    }

    private <P, C> void addPorts(SceneNode node, P owner, NodeMapping.Ports<P, C> ports) {
        List<? extends C> candidates = ports.candidates().apply(owner, context);
        PortMapping<C> m = ports.mapping();
        for (int i = 0; i < candidates.size(); i++) {
            C c = candidates.get(i);
            String id = uniqueId(node.id() + "#", m.id(), m.key(c), i);
            remember(c, new ScenePort(id, c, m.target(c), node, m.side(), m.label(c, context)));
        }
    }

    private <P, C> void addChildren(SceneNode parent, P owner, NodeMapping.Children<P, C> children) {
        List<? extends C> candidates = children.candidates().apply(owner, context);
        for (int i = 0; i < candidates.size(); i++) {
            node(children.mapping(), candidates.get(i), i, parent);
        }
    }

    private <T> void addEdges(Scene scene, DiagramDescription.Edges<T> edges) {
        EdgeMapping<T> m = edges.mapping();
        List<? extends T> candidates = edges.candidates().apply(context);
        for (int i = 0; i < candidates.size(); i++) {
            T c = candidates.get(i);
            SceneElement from = end(m, c, m.source(c), "source");
            SceneElement to = end(m, c, m.target(c), "target");
            String id = uniqueId("", m.id(), null, i);
            scene.addEdge(new SceneEdge(id, c, m.selection(c), nodeOf(from), from instanceof ScenePort p ? p : null, nodeOf(to),
                    to instanceof ScenePort p ? p : null, m.labels(c, context), m.style(c, context)));
        }
    }

    /** A description error (an edge to something not on the diagram) is reported with both ends named. */
    private SceneElement end(EdgeMapping<?> m, Object edge, Object candidate, String role) {
        SceneElement e = byCandidate.get(candidate);
        if (e == null) {
            throw new IllegalStateException("diagram edge mapping '" + m.id() + "': " + role + " " + candidate + " of " + edge
                    + " is not a node or port on the diagram");
        }
        return e;
    }

    private static SceneNode nodeOf(SceneElement e) {
        return e instanceof ScenePort p ? p.node() : (SceneNode) e;
    }

    private void remember(Object candidate, SceneElement element) {
        // the first element made from a candidate is the one edges attach to
        byCandidate.putIfAbsent(candidate, element);
    }

    private String uniqueId(String prefix, String mappingId, String key, int position) {
        String base = prefix + mappingId + ":" + (key == null ? Integer.toString(position) : key);
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "~" + n;
        }
        return id;
    }
}
