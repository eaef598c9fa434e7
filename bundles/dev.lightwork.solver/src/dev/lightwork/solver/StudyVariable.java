package dev.lightwork.solver;

import java.util.List;

import dev.lightwork.model.DesignVariable;
import dev.lightwork.model.VariableKind;

/**
 * One choice of a trade study with its options in order. {@code slot} is, for catalogue choices, a part kind
 * (LASER, MODULATOR, DRIVER, PHOTODETECTOR, TIA, MUX, CONNECTOR, DSP, FIBRE, MCU, POWER_CONVERTER: every part of
 * that kind in the design) or the id of one component of the base design (only that part).
 */
public record StudyVariable(String name, VariableKind kind, String slot, List<String> options) {

    /** Option value that removes the slot's parts (modulator, DSP: linear drive). */
    public static final String NONE = "NONE";

    public StudyVariable {
        options = List.copyOf(options);
    }

    public static StudyVariable of(DesignVariable v, int position) {
        String name = v.getId() != null ? v.getId() : v.getName() != null ? v.getName() : "variable" + position;
        if (v.getKind() == null) {
            throw new StudyInputException("design variable " + name + ": kind is not given");
        }
        if (v.getOptions().isEmpty()) {
            throw new StudyInputException("design variable " + name + ": no options");
        }
        if (v.getOptions().stream().distinct().count() != v.getOptions().size()) {
            throw new StudyInputException("design variable " + name + ": options " + v.getOptions() + " repeat a value");
        }
        if (v.getKind() == VariableKind.CATALOG_CHOICE && (v.getSlot() == null || v.getSlot().isBlank())) {
            throw new StudyInputException("design variable " + name + ": a catalogue choice needs a slot (part kind or component id)");
        }
        return new StudyVariable(name, v.getKind(), v.getSlot(), v.getOptions());
    }

    public String option(int index) {
        return options.get(index);
    }

    public int size() {
        return options.size();
    }
}
