/**
 * The Lightwork user guide in the Eclipse help system: the table of contents and F1 contexts are the standard
 * {@code org.eclipse.help} extensions (toc.xml, contexts.xml); {@link dev.lightwork.ui.help.LightworkHelpUI} shows them
 * in the workbench (Help view) instead of the browser-based help web application, which is not obtainable.
 */
package dev.lightwork.ui.help;
