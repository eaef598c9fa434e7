/**
 * Model utilities: the generated adapter factory and resource classes (in src-gen) and {@code ModelLabels}, the
 * readable names of model kinds and attributes that the UI and messages show instead of class or feature names.
 */
package dev.lightwork.model.util;
