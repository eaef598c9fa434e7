/**
 * The transceiver diagrams (architecture, link, thermal) as descriptions over the model and its analysis.
 */
package dev.lightwork.diagram.transceiver;
