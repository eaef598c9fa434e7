/**
 * Quick fixes for Problems markers, keyed by rule id.
 */
package dev.lightwork.ui.fixes;
