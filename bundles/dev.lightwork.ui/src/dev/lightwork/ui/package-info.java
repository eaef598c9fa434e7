/**
 * The RCP application: application, workbench and action-bar advisors, the design perspective, start-up timing.
 */
package dev.lightwork.ui;
