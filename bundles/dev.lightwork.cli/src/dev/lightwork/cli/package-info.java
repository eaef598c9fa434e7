/**
 * The {@code lightwork} command (picocli) and its sub-commands report, diagram and explore; the headless
 * Eclipse application. Commands only present analysis results: no domain decision is made here.
 */
package dev.lightwork.cli;
