/**
 * The toolkit-free scene graph (nodes, ports, edges, labels, styles, geometry, colours, fonts, text metrics).
 */
package dev.lightwork.diagram.scene;
