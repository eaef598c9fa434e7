package dev.lightwork.analysis.physics;

/**
 * The forward error correction between the PMD and the MAC, as a chain of codes: what a pre-FEC bit error
 * ratio becomes after decoding. Independent (interleaved) errors are assumed at every stage, as in the closed
 * forms of {@link ReedSolomonFec} and {@link ExtendedHammingCode}.
 */
public enum FecChain {
    NONE("no FEC", null),
    KR4("RS(528,514)", ReedSolomonFec.KR4),
    KP4("RS(544,514)", ReedSolomonFec.KP4),
    /** 802.3dj 200G/lane: inner extended Hamming (hard-decision bound) feeding the KP4 outer code. */
    KP4_INNER_HAMMING("RS(544,514) + Hamming(128,120) hard-decision", ReedSolomonFec.KP4);

    private final String label;
    private final ReedSolomonFec outer;

    FecChain(String label, ReedSolomonFec outer) {
        this.label = label;
        this.outer = outer;
    }

    public String label() {
        return label;
    }

    /** Bit error ratio the outer code sees (after the inner code, if any). */
    public double outerInputBitErrorRatio(double preFecBer) {
        return this == KP4_INNER_HAMMING ? ExtendedHammingCode.outputBitErrorRatio(preFecBer) : preFecBer;
    }

    /** Bit error ratio after the whole chain. */
    public double postFecBitErrorRatio(double preFecBer) {
        return outer == null ? preFecBer : outer.postFecBitErrorRatio(outerInputBitErrorRatio(preFecBer));
    }

    /** Codeword (frame) error ratio of the outer code; NaN without FEC (there are no codewords). */
    public double codewordErrorRatio(double preFecBer) {
        return outer == null ? Double.NaN : outer.codewordErrorRatio(outerInputBitErrorRatio(preFecBer));
    }
}
