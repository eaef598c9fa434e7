package dev.lightwork.library;

/**
 * A published power figure a reference design is compared with (data/module-power-references.csv): the module's
 * power, or for an engine without a module boundary the power per 800G of capacity.
 */
public record PublishedModulePower(String example, double referenceW, Basis basis, Provenance provenance) {

    /** What the figure is the power of. */
    public enum Basis {
        /** The whole module, as a module datasheet or vendor states it. */
        MODULE,
        /** Power per 800 Gb/s of capacity (co-packaged engines), i.e. pJ/bit x 0.8. */
        PER_800G
    }
}
