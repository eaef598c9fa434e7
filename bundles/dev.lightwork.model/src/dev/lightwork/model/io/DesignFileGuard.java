package dev.lightwork.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.TransceiverDesign;

/**
 * The checks that keep an untrusted design file self-contained and bounded, around the XML parser:
 * <ul>
 * <li>before reading: only regular files (a FIFO, device or socket would block or never end), within the size limit;</li>
 * <li>before parsing: no namespace other than the Lightwork, XMI and XML Schema instance ones, no {@code schemaLocation}
 * (the parser would fetch a package or schema from it), at most the element limit;</li>
 * <li>after parsing, before anything can resolve it: no reference to another document (a proxy: {@code http:},
 * {@code ftp:}, another file), ids without {@code :}, {@code #} or spaces (they would turn references into URIs),
 * strings and lanes within the limits.</li>
 * </ul>
 * Every refusal names file:line:column.
 */
final class DesignFileGuard {

    static final String XMI_NS = "http://www.omg.org/XMI";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private static final Pattern NAMESPACE = Pattern.compile("\\sxmlns(?::[\\w.\\-]+)?\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SCHEMA_LOCATION = Pattern.compile("[\\s:]((?:noNamespaceS|s)chemaLocation)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern HREF = Pattern.compile("\\shref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private DesignFileGuard() {
    }

    /** Reads the file if it is a regular file within the size limit. */
    static byte[] read(Path file, DesignLimits limits) throws DesignLoadException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows links: judge what would be read
        } catch (NoSuchFileException e) {
            throw new DesignLoadException(file, "file not found", e);
        } catch (IOException e) {
            throw new DesignLoadException(file, "cannot read file: " + reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new DesignLoadException(file, "is a folder, not a design file", null);
        }
        if (!attributes.isRegularFile()) {
            throw new DesignLoadException(file, "is not a regular file (a pipe, device or socket); only design files are read", null);
        }
        if (attributes.size() > limits.fileBytes()) {
            throw new DesignLoadException(file, String.format(Locale.ROOT,
                    "file is %,d bytes, over the limit of %,d bytes for a design (raise it with -Dlightwork.maxFileBytes=N)",
                    attributes.size(), limits.fileBytes()), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileBytes() + 1));
            if (bytes.length > limits.fileBytes()) { // grew while we read it
                throw new DesignLoadException(file, String.format(Locale.ROOT, "file is over the limit of %,d bytes for a design "
                        + "(raise it with -Dlightwork.maxFileBytes=N)", limits.fileBytes()), null);
            }
            return bytes;
        } catch (DesignLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new DesignLoadException(file, "cannot read file: " + reason(e), e);
        }
    }

    /** The file's text as the parser will see it (for the scans and for line numbers). */
    static String text(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == 0 && bytes[1] == '<'))) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == '<' && bytes[1] == 0))) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        // ASCII-compatible encodings: markup, names and URIs are ASCII, so a byte-per-char view finds them at the right place
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Before parsing: namespaces, schema locations, cross-document hrefs, element count. */
    static void beforeParse(Path file, String text, DesignLimits limits) throws DesignLoadException {
        int first = 0;
        while (first < text.length() && (Character.isWhitespace(text.charAt(first)) || text.charAt(first) == '\uFEFF' || text.charAt(first) == '\u00EF'
                || text.charAt(first) == '\u00BB' || text.charAt(first) == '\u00BF')) {
            first++; // whitespace and a UTF-8 byte order mark seen byte by byte
        }
        if (first < text.length() && text.charAt(first) != '<') {
            throw at(file, text, first, "not an XML design file (it does not start with '<'; or its encoding is not one Lightwork reads: "
                    + "UTF-8, UTF-16 or an ASCII-compatible one)");
        }
        Matcher ns = NAMESPACE.matcher(text);
        while (ns.find()) {
            String uri = ns.group(1) != null ? ns.group(1) : ns.group(2);
            if (uri.startsWith(ModelMigration.NS_URI_BASE) && !allowedNamespace(uri)) {
                throw at(file, text, ns.start() + 1, "unsupported model version " + printable(uri) + " (this Lightwork reads "
                        + LightworkPackage.eNS_URI + " and older)");
            }
            if (!allowedNamespace(uri)) {
                throw at(file, text, ns.start() + 1, "reference to " + printable(uri) + " is not allowed (a design is self-contained; "
                        + "its namespace must be " + LightworkPackage.eNS_URI + ")");
            }
        }
        Matcher sl = SCHEMA_LOCATION.matcher(text);
        if (sl.find()) {
            String value = (sl.group(2) != null ? sl.group(2) : sl.group(3)).strip();
            // schemaLocation is "namespace location" pairs: name the location, the part that would be fetched
            String[] tokens = value.split("\\s+");
            String uri = tokens[tokens.length - 1].isEmpty() ? "(empty)" : tokens[tokens.length - 1];
            throw at(file, text, sl.start(1), "reference to " + printable(uri) + " is not allowed (" + sl.group(1)
                    + ": a design is self-contained and never loads a schema)");
        }
        Matcher href = HREF.matcher(text);
        if (href.find()) {
            String uri = href.group(1) != null ? href.group(1) : href.group(2);
            throw at(file, text, href.start() + 1, "reference to " + printable(uri) + " is not allowed (a design is self-contained: "
                    + "refer to parts of this file by id)");
        }
        long elements = 0;
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (i + 1 < text.length() && isNameStart(text.charAt(i + 1)) && ++elements > limits.elements()) {
                throw at(file, text, i, String.format(Locale.ROOT, "more than %,d elements, the limit for a design "
                        + "(raise it with -Dlightwork.maxElements=N)", limits.elements()));
            }
        }
    }

    /** After parsing, before anything resolves a reference: proxies, ids, string lengths, lanes. */
    static void afterParse(Path file, String text, Resource resource, DesignLimits limits) throws DesignLoadException {
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || r.isDerived() || r.isTransient()) {
                    continue;
                }
                Object value = o.eGet(r, false); // false: never resolve (resolving a proxy would load the other document)
                if (value instanceof InternalEObject target && target.eIsProxy()) {
                    refuseProxy(file, text, o, r, target.eProxyURI());
                } else if (value instanceof Iterable<?> list) {
                    for (Object v : ((org.eclipse.emf.ecore.util.InternalEList<?>) list).basicList()) {
                        if (v instanceof InternalEObject target && target.eIsProxy()) {
                            refuseProxy(file, text, o, r, target.eProxyURI());
                        }
                    }
                }
            }
            if (o instanceof NamedElement n && n.getId() != null && badId(n.getId())) {
                String id = n.getId();
                throw at(file, text, idOffset(text, id), "id '" + printable(id) + "' of " + o.eClass().getName()
                        + " contains ':', '#' or a space; ids name parts within this file and must not (references to it would read as "
                        + "links to another document)");
            }
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (a.getEAttributeType().getInstanceClass() == String.class && !a.isMany()) {
                    Object v = o.eGet(a);
                    if (v instanceof String s && s.length() > limits.stringLength()) {
                        throw at(file, text, find(text, s.substring(0, Math.min(s.length(), 40)), 0), String.format(Locale.ROOT,
                                "%s of %s is %,d characters long, over the limit of %,d (raise it with -Dlightwork.maxStringLength=N)",
                                a.getName(), describe(o), s.length(), limits.stringLength()));
                    }
                }
            }
        }
        for (EObject root : resource.getContents()) {
            if (root instanceof TransceiverDesign d && d.getLanes().size() > limits.lanes()) {
                throw new DesignLoadException(file, String.format(Locale.ROOT, "design has %,d lanes, over the limit of %,d "
                        + "(raise it with -Dlightwork.maxLanes=N)", d.getLanes().size(), limits.lanes()), null);
            }
        }
    }

    private static void refuseProxy(Path file, String text, EObject owner, EReference r, URI uri) throws DesignLoadException {
        String s = String.valueOf(uri);
        int at = find(text, s, 0);
        if (at < 0 && uri != null && uri.fragment() != null) {
            at = find(text, uri.fragment(), 0);
        }
        throw at(file, text, at, "reference to " + printable(s) + " is not allowed (" + r.getName() + " of " + describe(owner)
                + "; a design is self-contained: refer to parts of this file by id)");
    }

    static boolean allowedNamespace(String uri) {
        return Set.of(LightworkPackage.eNS_URI, XMI_NS, XSI_NS, "http://www.omg.org/spec/XMI/20131001").contains(uri)
                || uri.startsWith(ModelMigration.NS_URI_BASE) && ModelMigration.isOlderVersion(uri);
    }

    private static boolean badId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == ':' || c == '#' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    /** Offset of the {@code id="..."} attribute whose value, with XML's escapes undone, is {@code id}; -1 if none. */
    static int idOffset(String text, String id) {
        int plain = text.indexOf("id=\"" + id + "\"");
        if (plain >= 0) {
            return plain;
        }
        for (int at = text.indexOf("id=\""); at >= 0; at = text.indexOf("id=\"", at + 1)) {
            int end = text.indexOf('"', at + 4);
            if (end < 0) {
                break;
            }
            if (unescape(text.substring(at + 4, end)).equals(id)) {
                return at;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0) {
                b.append(c);
                continue;
            }
            String entity = s.substring(i + 1, semi);
            String value = switch (entity) {
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> {
                    try {
                        yield entity.startsWith("#x") ? new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)))
                                : entity.startsWith("#") ? new String(Character.toChars(Integer.parseInt(entity.substring(1)))) : null;
                    } catch (IllegalArgumentException e) {
                        yield null;
                    }
                }
            };
            if (value == null) {
                b.append(c);
            } else {
                b.append(value);
                i = semi;
            }
        }
        return b.toString();
    }

    private static int find(String text, String what, int from) {
        return what == null || what.isEmpty() ? -1 : text.indexOf(what, from);
    }

    /** A refusal at character offset {@code offset} of the text (line and column 1-based; 0 when not found). */
    static DesignLoadException at(Path file, String text, int offset, String problem) {
        if (offset < 0) {
            return new DesignLoadException(file, problem, null);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new DesignLoadException(file, line, offset - lineStart + 1, problem, null);
    }

    /** Design text in a message: control characters and line breaks replaced, long values cut. */
    static String printable(String s) {
        if (s == null) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 120; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return s.length() > 120 ? b + "..." : b.toString();
    }

    /**
     * Where a reference {@code feature="... id ..."} of the element with id {@code ownerId} sits: the attribute on
     * that element if found, else the first such attribute naming {@code id}, else the element; -1 when not found.
     */
    static int referenceOffset(String text, String ownerId, String feature, String id) {
        // the id as a list item, or inside a same-document URI such as "#las0"
        int at = AttributeSearch.offset(text, ownerId, feature, v -> id == null || v.contains(id));
        return at >= 0 || ownerId == null ? at : text.indexOf("id=\"" + ownerId + "\"");
    }

    private static String describe(EObject o) {
        return o instanceof NamedElement n && n.getId() != null ? o.eClass().getName() + " '" + printable(n.getId()) + "'" : o.eClass().getName();
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
