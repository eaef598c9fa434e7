package dev.lightwork.library;

/** An MSA power class: the most a module of that class may draw. */
public record PowerClass(String formFactor, int powerClass, double maxPowerW, Provenance provenance) {
}
