/**
 * Pure physics and coding maths (PAM4 error rates, Reed-Solomon and Hamming FEC, optical power conversions) with
 * no model types: the formulas the link budget composes.
 */
package dev.lightwork.analysis.physics;
