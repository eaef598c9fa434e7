/**
 * The example project and the new-design wizard (designs from the reference templates).
 */
package dev.lightwork.ui.examples;
