/**
 * ELK layered layout of a scene, sized with the painter's text metrics.
 */
package dev.lightwork.diagram.layout;
