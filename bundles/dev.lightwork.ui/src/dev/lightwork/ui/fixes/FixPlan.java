package dev.lightwork.ui.fixes;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/** One proposed repair: what it does (label, with the computed numbers), why, and the EMF command that does it. */
record FixPlan(String label, String description, Function<EditingDomain, Command> command) {
}
