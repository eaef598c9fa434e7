package dev.lightwork.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import dev.lightwork.diagram.description.DiagramDescription;
import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.LegendEntry;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneLabel;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.scene.ScenePort;
import dev.lightwork.diagram.scene.Side;
import dev.lightwork.diagram.scene.TextMetrics;

/**
 * Positions a scene with ELK Layered: nodes sized to their measured text, containers laid out together with their
 * contents (hierarchy handling INCLUDE_CHILDREN) when edges cross container borders, orthogonal edge routing,
 * ports kept on their declared side in their declared order, the description's node order kept, edge labels placed by ELK between the layers. Adds a title block above and
 * a legend below the graph. Stateless; safe to call from several threads.
 */
public final class ElkLayout {

    public static final DiagramFont TITLE_FONT = DiagramFont.sans(16, true);
    public static final DiagramFont SUBTITLE_FONT = DiagramFont.sans(11, false);
    public static final DiagramFont LEGEND_FONT = DiagramFont.sans(10, false);
    public static final double MARGIN = 16;
    public static final double PORT_SIZE = 8;
    public static final double SWATCH_WIDTH = 18;
    public static final double SWATCH_GAP = 6;
    public static final double LEGEND_ENTRY_GAP = 18;
    private static final double MIN_NODE_WIDTH = 56;
    private static final double CONTAINER_PADDING = 12;
    /** Gap between a container's title lines and its first child (part of the container's top padding). */
    public static final double TITLE_GAP = CONTAINER_PADDING / 2;
    private static final double LABEL_PAD = 2;
    private static final double BLOCK_GAP = 12;

    static {
        // ELK finds algorithms through its meta data service; outside Eclipse nothing registers them for us
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final TextMetrics metrics;

    public ElkLayout(TextMetrics metrics) {
        this.metrics = metrics;
    }

    /** Positions {@code scene} with the flow direction and ordering policy of {@code description}. */
    public void layout(Scene scene, DiagramDescription description) {
        DiagramDescription.Direction direction = description.direction();
        boolean keepOrder = description.keepsOrder();
        ElkNode root = ElkGraphUtil.createGraph();
        // one layout across all levels only when an edge crosses a container border; otherwise each container is
        // laid out on its own, bottom-up, which is several times faster on a 2,000-node diagram
        boolean nested = scene.edges().stream().anyMatch(e -> e.source().parent() != e.targetNode().parent());
        configure(root, direction, nested, keepOrder);
        Map<SceneNode, ElkNode> nodes = new IdentityHashMap<>();
        Map<ScenePort, ElkPort> ports = new IdentityHashMap<>();
        for (SceneNode n : scene.roots()) {
            build(n, root, direction, nested, keepOrder, nodes, ports);
        }
        Map<SceneEdge, ElkEdge> edges = new IdentityHashMap<>();
        for (SceneEdge e : scene.edges()) {
            ElkConnectableShape from = e.sourcePort() != null ? ports.get(e.sourcePort()) : nodes.get(e.source());
            ElkConnectableShape to = e.targetPort() != null ? ports.get(e.targetPort()) : nodes.get(e.targetNode());
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
            for (SceneLabel l : e.labels()) {
                ElkLabel label = ElkGraphUtil.createLabel(l.text(), edge);
                label.setDimensions(metrics.width(l.text(), e.style().font()) + 2 * LABEL_PAD, metrics.lineHeight(e.style().font()) + 2 * LABEL_PAD);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.put(e, edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Rect title = titleBlock(scene);
        double top = MARGIN + (title.height() > 0 ? title.height() + BLOCK_GAP : 0);
        double left = MARGIN;
        for (Map.Entry<SceneNode, ElkNode> e : nodes.entrySet()) {
            KVector at = absolute(e.getValue()).add(left, top);
            e.getKey().setBounds(new Rect(at.x, at.y, e.getValue().getWidth(), e.getValue().getHeight()));
        }
        for (Map.Entry<ScenePort, ElkPort> e : ports.entrySet()) {
            ElkPort p = e.getValue();
            KVector at = absolute(p.getParent()).add(left + p.getX(), top + p.getY());
            e.getKey().setBounds(new Rect(at.x, at.y, p.getWidth(), p.getHeight()));
        }
        for (Map.Entry<SceneEdge, ElkEdge> e : edges.entrySet()) {
            readEdge(e.getKey(), e.getValue(), left, top);
        }
        double legendWidth = legendWidth(scene.legend());
        double legendHeight = scene.legend().isEmpty() ? 0 : metrics.lineHeight(LEGEND_FONT) + 4;
        double legendTop = top + root.getHeight() + BLOCK_GAP;
        Rect legend = new Rect(MARGIN, legendTop, legendWidth, legendHeight);
        double width = Math.max(root.getWidth(), Math.max(title.width(), legendWidth)) + 2 * MARGIN;
        double height = legendTop + legendHeight + MARGIN;
        scene.setFrame(Math.ceil(width), Math.ceil(height), title, legend);
    }

    private void configure(ElkNode graph, DiagramDescription.Direction direction, boolean nested, boolean keepOrder) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, direction == DiagramDescription.Direction.DOWN ? Direction.DOWN : Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        if (keepOrder) {
            // lanes are read in order (lane 0 above lane 1): the description's order is the layout's order. ELK's
            // model-order sorting would do the same but is quadratic per layer (seconds at 300 lane rows)
            graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.NONE);
        } else {
            graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.PREFER_EDGES);
        }
        if (nested) {
            graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        }
    }

    private void build(SceneNode n, ElkNode parent, DiagramDescription.Direction direction, boolean nested, boolean keepOrder,
            Map<SceneNode, ElkNode> nodes, Map<ScenePort, ElkPort> ports) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        nodes.put(n, node);
        double textWidth = 0;
        double textHeight = 0;
        for (TextLine line : TextLine.of(n)) {
            textWidth = Math.max(textWidth, metrics.width(line.text(), line.font()));
            textHeight += metrics.lineHeight(line.font());
        }
        double w = Math.max(MIN_NODE_WIDTH, Math.ceil(textWidth + 2 * TextLine.PAD_X));
        double h = Math.ceil(textHeight + 2 * TextLine.PAD_Y);
        if (n.isContainer()) {
            configure(node, direction, nested, keepOrder);
            node.setProperty(CoreOptions.PADDING, new ElkPadding(h + TITLE_GAP, CONTAINER_PADDING, CONTAINER_PADDING, CONTAINER_PADDING));
            node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(w, h + CONTAINER_PADDING));
        } else {
            // ports along a side need room: keep at least two port pitches per port
            int maxPortsOnSide = 0;
            for (Side s : Side.values()) {
                maxPortsOnSide = Math.max(maxPortsOnSide, (int) n.ports().stream().filter(p -> p.side() == s).count());
            }
            h = Math.max(h, maxPortsOnSide * PORT_SIZE * 2);
            node.setDimensions(w, h);
        }
        if (!n.ports().isEmpty()) {
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
        }
        for (ScenePort p : n.ports()) {
            ElkPort port = ElkGraphUtil.createPort(node);
            port.setDimensions(PORT_SIZE, PORT_SIZE);
            port.setProperty(CoreOptions.PORT_SIDE, PortSide.valueOf(p.side().name()));
            port.setProperty(CoreOptions.PORT_BORDER_OFFSET, -PORT_SIZE / 2);
            ports.put(p, port);
        }
        for (SceneNode child : n.children()) {
            build(child, node, direction, nested, keepOrder, nodes, ports);
        }
    }

    /** ELK gives edge routes and labels relative to the edge's containing node. */
    private static void readEdge(SceneEdge e, ElkEdge edge, double left, double top) {
        KVector origin = absolute(edge.getContainingNode()).add(left, top);
        List<Point> route = new ArrayList<>();
        if (!edge.getSections().isEmpty()) {
            ElkEdgeSection s = edge.getSections().get(0);
            route.add(new Point(origin.x + s.getStartX(), origin.y + s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
                route.add(new Point(origin.x + b.getX(), origin.y + b.getY()));
            }
            route.add(new Point(origin.x + s.getEndX(), origin.y + s.getEndY()));
        }
        e.setRoute(route);
        for (int i = 0; i < e.labels().size(); i++) {
            ElkLabel l = edge.getLabels().get(i);
            e.labels().get(i).setBounds(new Rect(origin.x + l.getX(), origin.y + l.getY(), l.getWidth(), l.getHeight()));
        }
    }

    /** Top-left of {@code node} in root coordinates (the root itself is at 0,0). */
    private static KVector absolute(ElkNode node) {
        KVector v = new KVector();
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            v.add(n.getX(), n.getY());
        }
        return v;
    }

    private Rect titleBlock(Scene scene) {
        double w = metrics.width(scene.title(), TITLE_FONT);
        double h = metrics.lineHeight(TITLE_FONT);
        for (String s : scene.subtitle()) {
            w = Math.max(w, metrics.width(s, SUBTITLE_FONT));
            h += metrics.lineHeight(SUBTITLE_FONT);
        }
        return new Rect(MARGIN, MARGIN, w, h);
    }

    private double legendWidth(List<LegendEntry> legend) {
        double w = 0;
        for (LegendEntry e : legend) {
            w += SWATCH_WIDTH + SWATCH_GAP + metrics.width(e.meaning(), LEGEND_FONT) + LEGEND_ENTRY_GAP;
        }
        return legend.isEmpty() ? 0 : w - LEGEND_ENTRY_GAP;
    }
}
