package dev.lightwork.solver;

/** A trade study or its base design cannot be solved as given; the message names the element and the value. */
public final class StudyInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StudyInputException(String message) {
        super(message);
    }
}
