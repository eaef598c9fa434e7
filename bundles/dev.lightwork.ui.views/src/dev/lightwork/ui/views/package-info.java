/**
 * The analysis views (link budget, power, thermal, trade study) and the Lightwork preference page.
 */
package dev.lightwork.ui.views;
