package dev.lightwork.diagram.description;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.TransceiverDesign;

/**
 * What every mapping function sees: the analysed design and the caller's options, plus a memo so derived facts
 * (e.g. each lane's verdict) are computed once per rendering rather than once per mapping call.
 */
public final class DiagramContext {

    private final DesignAnalysis analysis;
    private final DiagramOptions options;
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    public DiagramContext(DesignAnalysis analysis, DiagramOptions options) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.options = Objects.requireNonNull(options, "options");
    }

    public DesignAnalysis analysis() {
        return analysis;
    }

    public DiagramOptions options() {
        return options;
    }

    public TransceiverDesign design() {
        return analysis.design();
    }

    /** The value for {@code key}, computed by {@code value} on first use within this rendering. */
    @SuppressWarnings("unchecked")
    public <V> V memo(Object key, Supplier<V> value) {
        Object v = memo.get(key);
        if (v == null) {
            v = value.get();
            memo.put(key, v);
        }
        return (V) v;
    }
}
