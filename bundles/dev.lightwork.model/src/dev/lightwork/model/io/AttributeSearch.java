package dev.lightwork.model.io;

import java.util.function.Predicate;

/**
 * Finds an attribute in a design file's text, for messages that name file:line:column: the design format writes
 * every value as an XML attribute {@code name="value"}, so a text search finds it without a second parse of an
 * untrusted file.
 */
public final class AttributeSearch {

    private AttributeSearch() {
    }

    /**
     * Offset of the first {@code name="..."} attribute whose value text satisfies {@code value}, preferring the one on
     * the element with id {@code elementId} (when given and found); -1 when no attribute matches.
     */
    public static int offset(String text, String elementId, String name, Predicate<String> value) {
        int element = elementId == null ? -1 : text.indexOf("id=\"" + elementId + "\"");
        String needle = name + "=\"";
        int first = -1;
        for (int at = text.indexOf(needle); at > 0; at = text.indexOf(needle, at + 1)) {
            if (!Character.isWhitespace(text.charAt(at - 1))) {
                continue; // a longer attribute name ending in this one
            }
            int end = text.indexOf('"', at + needle.length());
            if (end < 0) {
                break;
            }
            if (!value.test(text.substring(at + needle.length(), end))) {
                continue;
            }
            if (first < 0) {
                first = at;
            }
            if (element >= 0 && text.lastIndexOf('<', at) == text.lastIndexOf('<', element)) {
                return at; // the attribute of the named element itself
            }
        }
        return first;
    }
}
