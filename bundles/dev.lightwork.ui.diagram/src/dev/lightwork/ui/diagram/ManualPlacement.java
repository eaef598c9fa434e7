package dev.lightwork.ui.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lightwork.diagram.description.DiagramDescription.Direction;
import dev.lightwork.diagram.layout.TextLine;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Scene;
import dev.lightwork.diagram.scene.SceneEdge;
import dev.lightwork.diagram.scene.SceneLabel;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.scene.ScenePort;

/**
 * Puts nodes where the user placed them on top of an ELK layout: a placed node (with its contents and ports) is
 * moved/resized to its stored bounds, its containers grow to keep enclosing it, and the edges at moved nodes get a
 * fresh orthogonal route (ELK's route ran to the old place). Nodes never placed keep ELK's position, so new elements
 * are placed by ELK.
 */
public final class ManualPlacement {

    /** Gap between a container's border and a child it had to grow around. */
    private static final double GROW_PAD = 8;
    /** How far a route leaves a box before turning. */
    private static final double STUB = 12;

    private final Scene scene;
    private final Direction direction;

    public ManualPlacement(Scene scene, Direction direction) {
        this.scene = scene;
        this.direction = direction;
    }

    /** Applies every stored position (by node id) that names a node of the scene; returns the nodes moved. */
    public Set<SceneNode> apply(Map<String, Rect> positions) {
        Set<SceneNode> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        if (positions.isEmpty()) {
            return moved;
        }
        for (SceneNode n : scene.nodes()) {
            Rect r = positions.get(n.id());
            if (r != null) {
                place(n, r);
                moved.add(n);
            }
        }
        for (SceneNode n : moved) {
            enclose(n);
        }
        reroute(moved);
        return moved;
    }

    /** Moves/resizes one node (contents follow) and reroutes its edges; returns the edges rerouted. */
    public List<SceneEdge> moveTo(SceneNode n, Rect bounds) {
        place(n, bounds);
        return reroute(Set.of(n));
    }

    private static void place(SceneNode n, Rect r) {
        double dx = r.x() - n.bounds().x();
        double dy = r.y() - n.bounds().y();
        n.selfAndDescendants().forEach(d -> {
            if (d != n) {
                d.setBounds(d.bounds().translate(dx, dy));
            }
            for (ScenePort p : d.ports()) {
                p.setBounds(p.bounds().translate(dx, dy));
            }
        });
        // ports keep their side when the box is resized
        for (ScenePort p : n.ports()) {
            Rect b = p.bounds();
            double px = b.x();
            double py = b.y();
            switch (p.side()) {
                case EAST -> px = r.maxX() - b.width() / 2;
                case WEST -> px = r.x() - b.width() / 2;
                case SOUTH -> py = r.maxY() - b.height() / 2;
                case NORTH -> py = r.y() - b.height() / 2;
                default -> { }
            }
            p.setBounds(new Rect(px, py, b.width(), b.height()));
        }
        n.setBounds(r);
    }

    /** Grows every container of {@code n} until it encloses it with a small margin. */
    private static void enclose(SceneNode n) {
        for (SceneNode c = n, p = n.parent(); p != null; c = p, p = p.parent()) {
            Rect need = c.bounds().grow(GROW_PAD);
            Rect b = p.bounds();
            if (b.encloses(need)) {
                return;
            }
            double x = Math.min(b.x(), need.x());
            double y = Math.min(b.y(), need.y() - TextLine.PAD_Y);
            p.setBounds(new Rect(x, y, Math.max(b.maxX(), need.maxX()) - x, Math.max(b.maxY(), need.maxY()) - y));
        }
    }

    private List<SceneEdge> reroute(Set<SceneNode> moved) {
        List<SceneEdge> out = new ArrayList<>();
        for (SceneEdge e : scene.edges()) {
            if (touches(moved, e.source()) || touches(moved, e.targetNode())) {
                route(e);
                out.add(e);
            }
        }
        return out;
    }

    private static boolean touches(Set<SceneNode> moved, SceneNode end) {
        for (SceneNode n = end; n != null; n = n.parent()) {
            if (moved.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Orthogonal route from the source's outgoing side to the target's incoming side, labels at the middle. */
    private void route(SceneEdge e) {
        boolean right = direction == Direction.RIGHT;
        Point a = e.sourcePort() != null ? centre(e.sourcePort().bounds()) : exit(e.source().bounds(), right);
        Point b = e.targetPort() != null ? centre(e.targetPort().bounds()) : entry(e.targetNode().bounds(), right);
        List<Point> route = new ArrayList<>();
        route.add(a);
        if (right && b.x() - a.x() >= 2 * STUB) {
            double mid = (a.x() + b.x()) / 2;
            route.add(new Point(mid, a.y()));
            route.add(new Point(mid, b.y()));
        } else if (!right && b.y() - a.y() >= 2 * STUB) {
            double mid = (a.y() + b.y()) / 2;
            route.add(new Point(a.x(), mid));
            route.add(new Point(b.x(), mid));
        } else if (right) {
            // target behind the source: leave forwards, run around in the gap between them, enter from behind
            double mid = (a.y() + b.y()) / 2;
            route.add(new Point(a.x() + STUB, a.y()));
            route.add(new Point(a.x() + STUB, mid));
            route.add(new Point(b.x() - STUB, mid));
            route.add(new Point(b.x() - STUB, b.y()));
        } else {
            double mid = (a.x() + b.x()) / 2;
            route.add(new Point(a.x(), a.y() + STUB));
            route.add(new Point(mid, a.y() + STUB));
            route.add(new Point(mid, b.y() - STUB));
            route.add(new Point(b.x(), b.y() - STUB));
        }
        route.add(b);
        e.setRoute(route);
        placeLabels(e, route);
    }

    private static void placeLabels(SceneEdge e, List<Point> route) {
        if (e.labels().isEmpty()) {
            return;
        }
        int i = route.size() / 2;
        Point p = route.get(i - 1);
        Point q = route.get(i);
        double cx = (p.x() + q.x()) / 2;
        double total = e.labels().stream().mapToDouble(l -> l.bounds().height()).sum();
        double y = (p.y() + q.y()) / 2 - total / 2;
        for (SceneLabel l : e.labels()) {
            Rect b = l.bounds();
            l.setBounds(new Rect(cx - b.width() / 2, y, b.width(), b.height()));
            y += b.height();
        }
    }

    private static Point centre(Rect r) {
        return new Point(r.x() + r.width() / 2, r.y() + r.height() / 2);
    }

    private static Point exit(Rect r, boolean right) {
        return right ? new Point(r.maxX(), r.y() + r.height() / 2) : new Point(r.x() + r.width() / 2, r.maxY());
    }

    private static Point entry(Rect r, boolean right) {
        return right ? new Point(r.x(), r.y() + r.height() / 2) : new Point(r.x() + r.width() / 2, r.y());
    }
}
