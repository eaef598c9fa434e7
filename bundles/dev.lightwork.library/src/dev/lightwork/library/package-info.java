/**
 * Reference data read from the bundle's CSV files (each row with its source and confidence): IEEE 802.3 PMDs, MSA
 * power classes, the component catalogue; and the reference designs.
 */
package dev.lightwork.library;
