package dev.lightwork.cli.validate;

/** Messages reach CI logs one per line: line breaks and control characters (e.g. from a damaged file) are replaced. */
final class OneLine {
    private OneLine() {
    }

    static String of(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return b.toString().strip();
    }
}
