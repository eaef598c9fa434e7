package dev.lightwork.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/** A base style plus conditional styles over (element, context); the first matching condition wins. */
final class Styling<T, S> {

    private record Rule<T, S>(BiPredicate<? super T, DiagramContext> when, BiFunction<? super T, DiagramContext, S> style) {
    }

    private S base;
    private final List<Rule<T, S>> rules = new ArrayList<>();

    Styling(S base) {
        this.base = base;
    }

    void base(S style) {
        this.base = style;
    }

    void when(BiPredicate<? super T, DiagramContext> condition, S style) {
        rules.add(new Rule<>(condition, (t, c) -> style));
    }

    void computed(BiFunction<? super T, DiagramContext, S> style) {
        rules.add(new Rule<>((t, c) -> true, style));
    }

    S resolve(T element, DiagramContext context) {
        for (Rule<T, S> r : rules) {
            if (r.when().test(element, context)) {
                return r.style().apply(element, context);
            }
        }
        return base;
    }
}
