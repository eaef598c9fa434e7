/**
 * How every face prints physical quantities (dB, dBm, W, degrees C, BER): one class, Locale.ROOT, one word for unknown.
 */
package dev.lightwork.analysis.format;
