/**
 * Module power: per part, per lane and in total with DC-DC loss, against the MSA power class.
 */
package dev.lightwork.analysis.power;
