package dev.lightwork.diagram.scene;

/** The side of a node a port sits on. */
public enum Side { NORTH, EAST, SOUTH, WEST }
