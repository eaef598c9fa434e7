package dev.lightwork.ui.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.model.io.AtomicFiles;

/**
 * Manual node positions and sizes per diagram kind, kept beside the design in {@code <design>.lightwork.diagram}
 * (a sorted properties file: {@code architecture.<scene node id>=x,y,width,height}). Scene node ids are built from
 * model ids, so they survive reloads; entries of elements that no longer exist are simply unused.
 *
 * <p>A sidecar rather than EAnnotations: the model's classes are not EModelElements (no annotations without
 * changing the metamodel), and keeping view geometry out of the design file keeps design reviews and CI diffs about
 * engineering values only. Deleting the sidecar loses nothing but manual placement.
 */
public final class DiagramPositions {

    public static final String SUFFIX = ".diagram";

    private final Map<DiagramKind, Map<String, Rect>> byKind = new EnumMap<>(DiagramKind.class);

    /** The sidecar of a design file: {@code x.lightwork} -> {@code x.lightwork.diagram}. */
    public static Path sidecar(Path design) {
        return design.resolveSibling(design.getFileName() + SUFFIX);
    }

    /** No manual positions: everything is placed by the automatic layout. */
    public static DiagramPositions empty() {
        return new DiagramPositions();
    }

    /**
     * Reads the sidecar of {@code design}; none yet = no manual positions. A malformed line names the file, key
     * and value.
     */
    public static DiagramPositions load(Path design) throws IOException {
        DiagramPositions out = new DiagramPositions();
        Path file = sidecar(design);
        if (!Files.exists(file)) {
            return out;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            DiagramKind kind;
            try {
                kind = dot < 0 ? null : DiagramKind.parse(key.substring(0, dot));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null) {
                throw new IOException(file + ": key '" + key + "' does not start with a diagram kind (architecture., link., thermal.)");
            }
            out.put(kind, key.substring(dot + 1), parse(file, key, p.getProperty(key)));
        }
        return out;
    }

    /** Writes the sidecar atomically (sorted, so it diffs well). */
    public void save(Path design) throws IOException {
        Map<String, String> sorted = new TreeMap<>();
        byKind.forEach((kind, m) -> m.forEach((id, r) -> sorted.put(kind.cliName() + "." + id, format(r))));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            w.write("# Lightwork diagram positions (manual placement); safe to delete\n");
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                w.write(escape(e.getKey()) + "=" + e.getValue() + "\n");
            }
        }
        AtomicFiles.write(sidecar(design), buffer.toByteArray());
    }

    /** The manual bounds of {@code nodeId} on {@code kind}, or null when ELK places it. */
    public Rect get(DiagramKind kind, String nodeId) {
        Map<String, Rect> m = byKind.get(kind);
        return m == null ? null : m.get(nodeId);
    }

    /** Sets (or with null clears) the manual bounds of a node. */
    public void put(DiagramKind kind, String nodeId, Rect bounds) {
        Map<String, Rect> m = byKind.computeIfAbsent(kind, k -> new TreeMap<>());
        if (bounds == null) {
            m.remove(nodeId);
        } else {
            m.put(nodeId, bounds);
        }
    }

    /** Manual bounds of one kind, by node id (a copy). */
    public Map<String, Rect> of(DiagramKind kind) {
        return new TreeMap<>(byKind.getOrDefault(kind, Map.of()));
    }

    /** Replaces every manual position of {@code kind} (arrange-all clears them, undo restores them). */
    public void replace(DiagramKind kind, Map<String, Rect> positions) {
        byKind.put(kind, new TreeMap<>(positions));
    }

    private static Rect parse(Path file, String key, String value) throws IOException {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new IOException(file + ": " + key + "=" + value + " is not x,y,width,height");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IOException(file + ": " + key + "=" + value + ": '" + parts[i].trim() + "' is not a number", e);
            }
            if (!Double.isFinite(v[i])) {
                throw new IOException(file + ": " + key + "=" + value + ": '" + parts[i].trim() + "' is not finite");
            }
        }
        if (v[2] <= 0 || v[3] <= 0) {
            throw new IOException(file + ": " + key + "=" + value + ": width and height must be positive");
        }
        return new Rect(v[0], v[1], v[2], v[3]);
    }

    private static String format(Rect r) {
        return String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", r.x(), r.y(), r.width(), r.height());
    }

    /** Properties escaping for keys (ids may hold ':' '=' or spaces). */
    private static String escape(String key) {
        StringBuilder sb = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == ':' || c == '=' || c == ' ' || c == '\\' || c == '#' || c == '!') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
