package dev.lightwork.codegen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the 16x16 object icons of the .edit bundle (icons/full/obj16/*.gif), one distinct glyph and colour per
 * model class, replacing EMF's generated colour-only diamonds. EMF's generator keeps existing icons, so these
 * survive regeneration. Run: ./mvnw -q -f releng/dev.lightwork.codegen/pom.xml compile exec:java
 * -Dexec.mainClass=dev.lightwork.codegen.DrawIcons
 */
public final class DrawIcons {

    private static final Color LASER = new Color(0xD32F2F);
    private static final Color MODULATOR = new Color(0xEF6C00);
    private static final Color DRIVER = new Color(0x7B1FA2);
    private static final Color DETECTOR = new Color(0x1565C0);
    private static final Color TIA = new Color(0x00838F);
    private static final Color MUX = new Color(0x2E7D32);
    private static final Color CONNECTOR = new Color(0x616161);
    private static final Color CHIP = new Color(0x263238);
    private static final Color MCU = new Color(0x78909C);
    private static final Color POWER = new Color(0xF9A825);
    private static final Color FIBRE = new Color(0x0097A7);
    private static final Color LANE = new Color(0x283593);
    private static final Color HEAT = new Color(0xE64A19);
    private static final Color PATH = new Color(0x6D4C41);
    private static final Color STUDY = new Color(0x558B2F);
    private static final Color GOLD = new Color(0xC49000);
    private static final Color WHITE = Color.WHITE;

    private DrawIcons() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bundles/dev.lightwork.model.edit/icons/full/obj16");
        Files.createDirectories(dir);
        Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
        icons.put("TransceiverDesign", g -> {
            g.setColor(LANE);
            g.fillRoundRect(1, 3, 14, 10, 3, 3);
            g.setColor(WHITE);
            g.fillRect(11, 6, 3, 4); // the optical port
            g.setColor(GOLD);
            g.fillRect(1, 5, 2, 1);
            g.fillRect(1, 8, 2, 1);
            g.fillRect(1, 11, 2, 1);
        });
        icons.put("HostInterface", g -> {
            g.setColor(GOLD);
            for (int x = 1; x < 16; x += 3) {
                g.fillRect(x, 4, 2, 9); // edge-connector fingers
            }
        });
        icons.put("Laser", g -> {
            g.setColor(LASER);
            g.fillOval(4, 4, 8, 8);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(8, 0, 8, 2);
            g.drawLine(8, 14, 8, 15);
            g.drawLine(0, 8, 2, 8);
            g.drawLine(14, 8, 15, 8);
        });
        icons.put("Modulator", g -> {
            g.setColor(MODULATOR);
            g.fillRect(1, 3, 14, 10);
            g.setColor(WHITE);
            g.setStroke(new BasicStroke(1.5f));
            g.drawPolyline(new int[] {3, 5, 7, 9, 11, 13}, new int[] {10, 6, 10, 6, 10, 6}, 6); // modulated wave
        });
        icons.put("Driver", g -> amplifier(g, DRIVER, null));
        icons.put("Tia", g -> amplifier(g, TIA, WHITE));
        icons.put("Photodetector", g -> {
            g.setColor(DETECTOR);
            g.fillRect(10, 1, 5, 14); // the detector face
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(0, 4, 7, 4); // light coming in
            g.drawLine(0, 11, 7, 11);
            g.fillPolygon(new Polygon(new int[] {6, 9, 6}, new int[] {1, 4, 7}, 3));
            g.fillPolygon(new Polygon(new int[] {6, 9, 6}, new int[] {8, 11, 14}, 3));
        });
        icons.put("Multiplexer", g -> {
            g.setColor(MUX);
            g.fillPolygon(new Polygon(new int[] {2, 14, 14, 2}, new int[] {1, 5, 11, 15}, 4)); // trapezoid
        });
        icons.put("Connector", g -> {
            g.setColor(CONNECTOR);
            g.fillRect(1, 4, 9, 8);
            g.fillRect(10, 5, 5, 2);
            g.fillRect(10, 9, 5, 2);
        });
        icons.put("Dsp", g -> chip(g, CHIP, 1));
        icons.put("Microcontroller", g -> {
            chip(g, MCU, 1);
            g.setColor(WHITE);
            g.fillRect(5, 5, 2, 2); // pin-1 mark of a small controller
        });
        icons.put("PowerConverter", g -> {
            g.setColor(POWER);
            g.fillPolygon(new Polygon(new int[] {9, 3, 8, 6, 13, 8}, new int[] {0, 9, 9, 15, 6, 6}, 6)); // lightning bolt
        });
        icons.put("Channel", g -> {
            g.setColor(FIBRE);
            g.setStroke(new BasicStroke(2f));
            g.drawOval(2, 2, 12, 12); // fibre coil
            g.drawOval(5, 5, 6, 6);
        });
        icons.put("Lane", g -> {
            g.setColor(LANE);
            g.fillRect(0, 7, 11, 3);
            g.fillPolygon(new Polygon(new int[] {10, 16, 10}, new int[] {3, 8, 14}, 3));
        });
        icons.put("ThermalNetwork", g -> {
            g.setColor(HEAT);
            g.fillRoundRect(6, 0, 4, 11, 4, 4); // thermometer
            g.fillOval(4, 9, 8, 7);
        });
        icons.put("ThermalNode", g -> {
            g.setColor(HEAT);
            g.fillOval(3, 3, 10, 10);
            g.setColor(WHITE);
            g.fillOval(6, 6, 4, 4);
        });
        icons.put("ThermalPath", g -> {
            g.setColor(PATH);
            g.setStroke(new BasicStroke(1.5f));
            g.drawPolyline(new int[] {0, 3, 5, 7, 9, 11, 13, 16}, new int[] {8, 8, 3, 13, 3, 13, 8, 8}, 8); // resistor
        });
        icons.put("TradeStudy", g -> {
            g.setColor(STUDY);
            g.fillRect(1, 9, 4, 6); // bar chart
            g.fillRect(6, 5, 4, 10);
            g.fillRect(11, 1, 4, 14);
        });
        icons.put("DesignVariable", g -> {
            g.setColor(STUDY);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(3, 3, 13, 13); // x
            g.drawLine(13, 3, 3, 13);
        });
        icons.put("Objective", g -> {
            g.setColor(STUDY);
            g.fillOval(1, 1, 14, 14); // target
            g.setColor(WHITE);
            g.fillOval(4, 4, 8, 8);
            g.setColor(STUDY);
            g.fillOval(6, 6, 4, 4);
        });
        icons.put("DesignConstraint", g -> {
            g.setColor(STUDY);
            g.setStroke(new BasicStroke(2f));
            g.drawPolyline(new int[] {12, 3, 12}, new int[] {2, 6, 10}, 3); // "less or equal"
            g.drawLine(3, 13, 12, 13);
        });
        for (Map.Entry<String, Consumer<Graphics2D>> e : icons.entrySet()) {
            write(dir.resolve(e.getKey() + ".gif"), e.getValue());
        }
        System.out.println("Drew " + icons.size() + " icons into " + dir);
    }

    private static void amplifier(Graphics2D g, Color color, Color mark) {
        g.setColor(color);
        g.fillPolygon(new Polygon(new int[] {2, 15, 2}, new int[] {1, 8, 15}, 3));
        if (mark != null) {
            g.setColor(mark);
            g.fillRect(4, 7, 4, 2); // transimpedance: the TIA carries a bar
        }
    }

    private static void chip(Graphics2D g, Color color, int inset) {
        g.setColor(color);
        g.fillRect(2 + inset, 2 + inset, 12 - 2 * inset, 12 - 2 * inset);
        for (int i = 3 + inset; i < 13 - inset; i += 2) {
            g.fillRect(i, 0, 1, 2);
            g.fillRect(i, 14, 1, 2);
            g.fillRect(0, i, 2, 1);
            g.fillRect(14, i, 2, 1);
        }
    }

    /** Draws on a transparent ARGB canvas, then writes a GIF whose palette has one fully transparent entry. */
    private static void write(Path file, Consumer<Graphics2D> draw) throws IOException {
        BufferedImage argb = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        draw.accept(g);
        g.dispose();
        Map<Integer, Integer> palette = new LinkedHashMap<>();
        palette.put(0, 0); // index 0: transparent
        byte[] pixels = new byte[16 * 16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int p = argb.getRGB(x, y);
                int rgb = (p >>> 24) < 128 ? 0 : (p | 0xFF000000);
                Integer index = palette.get(rgb);
                if (index == null) {
                    index = palette.size();
                    palette.put(rgb, index);
                }
                pixels[y * 16 + x] = (byte) (int) index;
            }
        }
        int n = palette.size();
        byte[] r = new byte[n];
        byte[] gr = new byte[n];
        byte[] b = new byte[n];
        palette.forEach((rgb, i) -> {
            r[i] = (byte) (rgb >> 16);
            gr[i] = (byte) (rgb >> 8);
            b[i] = (byte) rgb.intValue();
        });
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        IndexColorModel model = new IndexColorModel(bits, n, r, gr, b, 0);
        BufferedImage indexed = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED, model);
        indexed.getRaster().setDataElements(0, 0, 16, 16, pixels);
        if (!ImageIO.write(indexed, "gif", file.toFile())) {
            throw new IOException("No GIF writer for " + file);
        }
    }
}
