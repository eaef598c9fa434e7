/**
 * Workbench command handlers: validate, generate the review report, run a trade study.
 */
package dev.lightwork.ui.commands;
