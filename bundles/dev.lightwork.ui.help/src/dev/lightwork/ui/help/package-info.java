/**
 * The Lightwork user guide in the Eclipse help system: the table of contents and F1 contexts are the standard
 * {@code org.eclipse.help} extensions (toc.xml, contexts.xml); {@link dev.lightwork.ui.help.LightworkHelpUI} shows them
 * in Eclipse's help window and Help view where a browser can be embedded, else in the Forms Help view.
 */
package dev.lightwork.ui.help;
