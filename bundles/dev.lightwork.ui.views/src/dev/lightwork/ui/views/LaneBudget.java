package dev.lightwork.ui.views;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.model.Lane;

/** A row of the link budget table: a lane and its budget. */
public record LaneBudget(Lane lane, LinkBudget budget) {
}
