/**
 * Hand-written model I/O: safe loading (no DTDs or external entities), atomic saving, version migration.
 */
package dev.lightwork.model.io;
