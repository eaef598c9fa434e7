package dev.lightwork.library;

/** How far a reference value can be trusted (see the data files' confidence column). */
public enum Confidence {
    /** Matches the standard/MSA text shown in two or more independent sources, or computed exactly. */
    H,
    /** One good source or a widely known value. */
    M,
    /** From memory, a secondary summary or a typical textbook range: check before relying on it. */
    L;

    static Confidence parse(String file, int line, String text) {
        try {
            return valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + line + ": confidence must be H, M or L, not '" + text + "'", e);
        }
    }
}
