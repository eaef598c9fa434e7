/**
 * What every command package shares without depending on the root command (which registers them): the product version.
 */
package dev.lightwork.cli.common;
