/**
 * Manufacturing yield: {@code CompiledModule} turns a design and its tolerances into plain values evaluated by the
 * analysis bundle's own functions (no EMF per sample), {@code YieldEngine} runs Monte Carlo or randomised Sobol samples
 * over them (deterministic for a seed and any thread count), {@code YieldResult} holds yield, interval, failures per
 * rule and lane, contributors, guard bands and cost. {@code ModelSampling} is the slow reference path through the EMF
 * model and the analyzer. Plain Java (Hipparchus); no SWT.
 */
package dev.lightwork.yield;
