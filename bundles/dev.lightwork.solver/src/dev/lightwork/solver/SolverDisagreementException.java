package dev.lightwork.solver;

/**
 * The solver's integer model and the analysis bundle disagree about a returned design (a value beyond the
 * rounding tolerance, or a design the analyzer rejects). Never swallowed: it means the separable model does not
 * describe the design space, and no result of that run can be trusted.
 */
public final class SolverDisagreementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SolverDisagreementException(String message) {
        super(message);
    }
}
