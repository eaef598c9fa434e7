/**
 * Steady-state thermal network solution (node temperatures from K/W paths and dissipated power) and its limits.
 */
package dev.lightwork.analysis.thermal;
