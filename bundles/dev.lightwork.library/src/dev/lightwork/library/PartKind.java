package dev.lightwork.library;

/** Catalogue part kinds, each with its own data file. */
public enum PartKind {
    LASER("lasers.csv"), MODULATOR("modulators.csv"), DRIVER("drivers.csv"), PHOTODETECTOR("photodetectors.csv"),
    TIA("tias.csv"), MUX("muxes.csv"), CONNECTOR("connectors.csv"), FIBRE("fibres.csv"), DSP("dsps.csv"),
    MCU("mcus.csv"), POWER_CONVERTER("power-converters.csv");

    private final String file;

    PartKind(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }
}
