package dev.lightwork.diagram.scene;

/** A colour, free of any toolkit type so Java2D, SVG and SWT painters share it. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0..255: " + red + "," + green + "," + blue);
        }
    }

    /** {@code #rrggbb} (lower case), as SVG writes it. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
