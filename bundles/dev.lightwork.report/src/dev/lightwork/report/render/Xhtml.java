package dev.lightwork.report.render;

import java.util.ArrayDeque;
import java.util.Deque;

import dev.lightwork.analysis.format.QuantityFormat;

/**
 * Minimal streaming XHTML writer: every open element is closed in order and all text and attribute values are
 * escaped, so the report is always well-formed XML (openhtmltopdf parses it as XML). Characters XML 1.0 forbids
 * (control characters from a bad model value) are replaced, never written.
 */
public final class Xhtml {

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;

    public Xhtml() {
        this(new StringBuilder(64 * 1024));
    }

    private Xhtml(StringBuilder out) {
        this.out = out;
    }

    /** Opens {@code name} with attributes given as name/value pairs (a null value omits the attribute). */
    public Xhtml open(String name, String... attributes) {
        closeTag();
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
        open.push(name);
        tagOpen = true;
        return this;
    }

    public Xhtml close() {
        String name = open.pop();
        if (tagOpen) {
            // XHTML served as text/html: only void elements may self-close; others get an explicit end tag.
            out.append("></").append(name).append('>');
            tagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    public Xhtml text(String text) {
        closeTag();
        escape(text == null ? QuantityFormat.UNKNOWN : text, false);
        return this;
    }

    /** {@code <name attrs>text</name>}. */
    public Xhtml element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** Already well-formed markup (an SVG figure); the caller guarantees it is XML. */
    public Xhtml raw(String markup) {
        closeTag();
        out.append(markup);
        return this;
    }

    public int depth() {
        return open.size();
    }

    /** A writer for a part that may fail: its output is only appended by {@link #append(Xhtml)}. */
    public Xhtml fork() {
        closeTag();
        return new Xhtml(new StringBuilder(16 * 1024));
    }

    public void append(Xhtml part) {
        closeTag();
        out.append(part.out);
    }

    public String finish() {
        while (!open.isEmpty()) {
            close();
        }
        return out.toString();
    }

    private void closeTag() {
        if (tagOpen) {
            out.append('>');
            tagOpen = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t' -> out.append(attribute ? " " : String.valueOf(c));
                case '\r' -> { }
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
