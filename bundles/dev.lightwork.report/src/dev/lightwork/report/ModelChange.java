package dev.lightwork.report;

/**
 * One difference between two revisions of a model element, keyed by the element's id (or, for elements without
 * an id, its containment path from the nearest element with one, e.g. {@code thermalNetwork/paths[2]}).
 * For ADDED and REMOVED the feature and values are null.
 */
public record ModelChange(Kind kind, String element, String type, String feature, String oldValue, String newValue) {

    public enum Kind {
        /** An attribute's value changed. */
        ATTRIBUTE,
        /** A non-containment reference now points elsewhere (values are the target ids). */
        REFERENCE,
        ADDED,
        REMOVED
    }
}
