/**
 * NatTable-based analysis tables: columns, cell styles by status band, CSV export.
 */
package dev.lightwork.ui.views.table;
