/**
 * The design rules: the rule table ({@code DesignRule}: id, severity, category, element, attribute), the checks
 * that emit diagnostics from analysis results ({@code DesignRules}), the typed view of a diagnostic
 * ({@code DesignDiagnostic}) and the status band every face colours by ({@code StatusBand}).
 */
package dev.lightwork.analysis.validation;
