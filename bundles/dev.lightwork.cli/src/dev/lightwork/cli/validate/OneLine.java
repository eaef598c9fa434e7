package dev.lightwork.cli.validate;

/** Messages reach CI logs one per line: line breaks and control characters (e.g. from a damaged file) are replaced. */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String message) {
        // design strings can hold line breaks, terminal escapes and bidi overrides: one shared rule makes them inert
        return dev.lightwork.model.io.SafeText.line(message).strip();
    }
}
