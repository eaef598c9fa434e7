package dev.lightwork.diagram.scene;

/** An axis-aligned box in scene coordinates. */
public record Rect(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    /** True when the two boxes share interior area (touching edges do not count). */
    public boolean overlaps(Rect o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    /** True when {@code o} lies completely inside this box. */
    public boolean encloses(Rect o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    public Rect grow(double by) {
        return new Rect(x - by, y - by, width + 2 * by, height + 2 * by);
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }
}
