/**
 * Workbench faces of the exchange bundle: File > Export / File > Import of the xlsx workbook (an import is one
 * undoable command in an open editor, else an atomic save) and Compare With > Previous Revision (JGit). The
 * workbook, the import's change list and the revision diff are the exchange bundle's; these classes only present them.
 */
package dev.lightwork.ui.exchange;
