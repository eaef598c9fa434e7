package dev.lightwork.model.io;

/**
 * Design strings (ids, names, notes: untrusted, from any supplier's file) made inert for the output they go into.
 * One place, so SVG, HTML/XHTML, XML reports, text, CSV and PDF writers all apply the same rules:
 * <ul>
 * <li>{@link #xml}: markup characters escaped, characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/F)
 * replaced by U+FFFD, so every SVG/HTML/XML output stays well-formed and no string can open an element;</li>
 * <li>{@link #line}: for text on a terminal or in a CI log: no line breaks (no forged summary lines), no escape
 * sequences or other control characters, no bidirectional overrides that reorder what a reader sees;</li>
 * <li>{@link #csvCell}: OWASP CSV injection: a cell beginning with {@code = + - @}, tab or CR is prefixed with a
 * quote so spreadsheets show it as text, then quoted per RFC 4180 when needed.</li>
 * </ul>
 */
public final class SafeText {

    /** Shown in place of a character that cannot be output. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** True for the characters XML 1.0 allows (surrogate pairs are checked by the callers). */
    public static boolean xmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** {@code s} with every character XML 1.0 cannot carry replaced (no escaping). */
    public static String xmlLegal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean ok = pair || (!Character.isSurrogate(c) && xmlChar(c));
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (pair) {
                    b.append(c).append(s.charAt(i + 1));
                } else {
                    b.append(ok ? c : REPLACEMENT);
                }
            }
            if (pair) {
                i++;
            }
        }
        return b == null ? s : b.toString();
    }

    /** Escaped for XML text or attribute values (either quote style); illegal characters replaced. */
    public static String xml(String s) {
        String legal = xmlLegal(s);
        StringBuilder b = new StringBuilder(legal.length() + 16);
        for (int i = 0; i < legal.length(); i++) {
            char c = legal.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("&#10;"); // kept as a character in attributes (a raw one would become a space)
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** One line of plain text: line breaks and tabs become spaces; controls, escapes and bidi overrides are replaced. */
    public static String line(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append(' ');
            } else if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C' || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                            && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                            && Character.isHighSurrogate(s.charAt(i - 1))))) {
                b.append(REPLACEMENT);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A CSV cell (RFC 4180) that a spreadsheet shows as text, never runs as a formula. */
    public static String csvCell(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf(';') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
