/**
 * How designs show in the editors: tree content and labels, images, property sources grouped by feature, units.
 */
package dev.lightwork.ui.edit;
