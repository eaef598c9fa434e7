/**
 * The diagram editors: the shared scene on an SWT canvas ({@code SwtPainter}), editing through EMF commands.
 */
package dev.lightwork.ui.diagram;
