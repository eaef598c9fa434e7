/**
 * Rendering only, no report content: the XHTML writer, the style sheet, figures and the PDF renderer.
 */
package dev.lightwork.report.render;
