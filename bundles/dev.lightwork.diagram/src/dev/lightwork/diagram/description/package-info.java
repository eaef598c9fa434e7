/**
 * How a diagram is described (node, port and edge mappings with conditional styles), not hand-coded per view;
 * {@code SceneFactory} turns a description and a model into a scene.
 */
package dev.lightwork.diagram.description;
