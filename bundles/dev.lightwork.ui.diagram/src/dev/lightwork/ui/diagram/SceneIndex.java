package dev.lightwork.ui.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneLabel;
import dev.lightwork.diagram.scene.SceneNode;

/**
 * Uniform grid over the node bounds and edge routes of a scene, so hit-testing and "what lies in this rectangle"
 * cost what is near the query rather than the whole scene (a CPO architecture has thousands of nodes). A uniform
 * grid suits diagrams: boxes are of similar size and spread over the plane. Nodes that move are re-filed with
 * {@link #update(SceneNode)}.
 */
public final class SceneIndex {

    /** A few node widths per cell: small enough to prune, large enough that a node spans few cells. */
    static final double CELL = 160;
    /** How close (scene units) a click must come to an edge line to pick it. */
    static final double EDGE_TOLERANCE = 4;

    private final Scene scene;
    private final Map<Long, List<Object>> cells = new HashMap<>();
    private final Map<Object, Rect> filed = new IdentityHashMap<>();
    private final Map<SceneNode, Integer> depth = new IdentityHashMap<>();

    public SceneIndex(Scene scene) {
        this.scene = scene;
        for (SceneNode n : scene.nodes()) {
            depth.put(n, n.parent() == null ? 0 : depth.get(n.parent()) + 1);
            file(n, n.bounds());
        }
        for (SceneEdge e : scene.edges()) {
            file(e, edgeBounds(e));
        }
    }

    public Scene scene() {
        return scene;
    }

    /** Re-files a node (and its descendants, ports move with it) and the edges attached to them after a move. */
    public void update(SceneNode moved) {
        moved.selfAndDescendants().forEach(n -> {
            unfile(n);
            file(n, n.bounds());
        });
        for (SceneEdge e : scene.edges()) {
            if (moved.isAncestorOf(e.source()) || moved.isAncestorOf(e.targetNode())) {
                unfile(e);
                file(e, edgeBounds(e));
            }
        }
    }

    /** The innermost node containing {@code p}, or null. */
    public SceneNode nodeAt(Point p) {
        SceneNode best = null;
        for (Object o : cell(key(cellOf(p.x()), cellOf(p.y())))) {
            if (o instanceof SceneNode n && n.bounds().contains(p) && (best == null || depth.get(n) > depth.get(best))) {
                best = n;
            }
        }
        return best;
    }

    /** The edge whose line or label lies under {@code p} (within a few units), or null. */
    public SceneEdge edgeAt(Point p) {
        for (Object o : query(new Rect(p.x() - EDGE_TOLERANCE, p.y() - EDGE_TOLERANCE, 2 * EDGE_TOLERANCE, 2 * EDGE_TOLERANCE))) {
            if (o instanceof SceneEdge e && hits(e, p)) {
                return e;
            }
        }
        return null;
    }

    /** Nodes whose bounds overlap {@code r}. */
    public List<SceneNode> nodesIn(Rect r) {
        List<SceneNode> out = new ArrayList<>();
        for (Object o : query(r)) {
            if (o instanceof SceneNode n && n.bounds().overlaps(r)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Edges whose route or labels come near {@code r}. */
    public List<SceneEdge> edgesIn(Rect r) {
        List<SceneEdge> out = new ArrayList<>();
        for (Object o : query(r)) {
            if (o instanceof SceneEdge e && filed.get(e).overlaps(r)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Bounding box of an edge's route and labels (what repainting it touches). */
    public static Rect edgeBounds(SceneEdge e) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : e.route()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        for (SceneLabel l : e.labels()) {
            minX = Math.min(minX, l.bounds().x());
            minY = Math.min(minY, l.bounds().y());
            maxX = Math.max(maxX, l.bounds().maxX());
            maxY = Math.max(maxY, l.bounds().maxY());
        }
        if (minX > maxX) {
            return new Rect(0, 0, 0, 0);
        }
        // arrow heads and line width reach a little beyond the route
        return new Rect(minX, minY, maxX - minX, maxY - minY).grow(10);
    }

    private static boolean hits(SceneEdge e, Point p) {
        for (SceneLabel l : e.labels()) {
            if (l.bounds().contains(p)) {
                return true;
            }
        }
        List<Point> r = e.route();
        for (int i = 1; i < r.size(); i++) {
            if (distance(p, r.get(i - 1), r.get(i)) <= EDGE_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }

    private Set<Object> query(Rect r) {
        Set<Object> out = new LinkedHashSet<>();
        for (int cx = cellOf(r.x()); cx <= cellOf(r.maxX()); cx++) {
            for (int cy = cellOf(r.y()); cy <= cellOf(r.maxY()); cy++) {
                out.addAll(cell(key(cx, cy)));
            }
        }
        return out;
    }

    private void file(Object o, Rect r) {
        filed.put(o, r);
        for (int cx = cellOf(r.x()); cx <= cellOf(r.maxX()); cx++) {
            for (int cy = cellOf(r.y()); cy <= cellOf(r.maxY()); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(o);
            }
        }
    }

    private void unfile(Object o) {
        Rect r = filed.remove(o);
        if (r == null) {
            return;
        }
        for (int cx = cellOf(r.x()); cx <= cellOf(r.maxX()); cx++) {
            for (int cy = cellOf(r.y()); cy <= cellOf(r.maxY()); cy++) {
                List<Object> c = cells.get(key(cx, cy));
                if (c != null) {
                    c.removeIf(x -> x == o);
                }
            }
        }
    }

    private List<Object> cell(long key) {
        return cells.getOrDefault(key, Collections.emptyList());
    }

    private static int cellOf(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
