package dev.lightwork.solver;

/** The monitor cancelled the study before the solver started searching (nothing found yet). */
public final class StudyCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StudyCancelledException() {
        super("trade study cancelled");
    }
}
