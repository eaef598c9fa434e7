/**
 * {@code lightwork validate}: batch checking of design files and their output formats (text, JSON, SARIF, JUnit XML).
 */
package dev.lightwork.cli.validate;
