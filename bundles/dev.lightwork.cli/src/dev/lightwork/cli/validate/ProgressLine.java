package dev.lightwork.cli.validate;

import java.io.PrintWriter;

/**
 * "checked 120/1000 designs" on one self-overwriting line of stderr, for people watching a terminal. Silent in
 * CI (env CI set) and when stderr is not a terminal, so logs stay clean.
 */
final class ProgressLine implements BatchValidator.Progress {

    private static final long INTERVAL_NANOS = 100_000_000L;
    private static final int WIDTH = 79;

    private final PrintWriter err;
    private long last;
    private boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Progress is shown when asked for, or by default when a person is likely watching. */
    static boolean wanted(Boolean option) {
        return option != null ? option : System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public synchronized void checked(int finished, int total, String file) {
        long now = System.nanoTime();
        if (finished < total && shown && now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        shown = true;
        String text = String.format("checked %d/%d designs  %s", finished, total, OneLine.of(file));
        if (text.length() > WIDTH) {
            text = text.substring(0, WIDTH - 3) + "...";
        }
        err.print("\r" + text + " ".repeat(WIDTH - text.length()));
        err.flush();
    }

    /** Removes the line before the report is printed. */
    synchronized void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH) + "\r");
            err.flush();
            shown = false;
        }
    }
}
