package dev.lightwork.ui.fixes;

import java.util.Optional;

/** A kind of repair; proposes a plan for a marker's problem when it can help. */
interface FixRule {
    Optional<FixPlan> plan(FixContext context);
}
