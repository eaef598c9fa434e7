/**
 * What every command package shares without depending on the root command (which registers them): the product
 * version and the crash log (exit 3: one line on stderr, the stack trace in a log file).
 */
package dev.lightwork.cli.common;
