package dev.lightwork.yield;

/** A tolerance, study setting or design value the yield study cannot use; the message names element, attribute and value. */
public final class YieldInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public YieldInputException(String message) {
        super(message);
    }
}
