package dev.lightwork.library;

/** Where a reference row comes from: source document, confidence and the caveat, for reports and diagnostics. */
public record Provenance(String file, int line, String source, Confidence confidence, String note) {
    @Override
    public String toString() {
        return source + " [" + confidence + "]" + (note == null || note.isBlank() ? "" : " (" + note + ")");
    }
}
