/**
 * The design editor: tree, properties and outline over the EMF model, with the diagram pages.
 */
package dev.lightwork.ui.editor;
