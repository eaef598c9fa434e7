package dev.lightwork.library;

/** A parameter of the link model with its unit and provenance (data/link-model.csv), e.g. a splitter's excess loss. */
public record ModelParameter(String id, double value, String unit, Provenance provenance) {
}
