package dev.lightwork.model.io;

/**
 * Size limits on a design file, checked before and after parsing so a hostile or broken file cannot exhaust memory or
 * make reports take minutes. Each can be raised with a system property (in the product:
 * {@code LIGHTWORK_VMARGS="-Xmx4g -Dlightwork.maxElements=5000000" lightwork validate ...}; in the workbench: a
 * {@code -D} line after {@code -vmargs}).
 *
 * @param fileBytes     largest file read ({@code lightwork.maxFileBytes}; default 128 MiB, ~1.3 M elements of XMI)
 * @param elements      most XML elements ({@code lightwork.maxElements}; default 1,500,000: 10x the largest design we know,
 *                      a 51.2T CPO engine of ~2,700 elements, is far inside; 1 M elements load in about 4 s with 2 GB)
 * @param stringLength  longest attribute text ({@code lightwork.maxStringLength}; default 4,096 characters: names and
 *                      notes are a line or a paragraph; a megabyte label would make diagram layout take minutes)
 * @param lanes         most lanes per design ({@code lightwork.maxLanes}; default 16,384: a 102.4T switch has 512
 *                      lanes of 200G; the limit keeps 400k-lane files from exhausting the default heap)
 */
public record DesignLimits(long fileBytes, long elements, int stringLength, int lanes) {

    public static final DesignLimits DEFAULT = new DesignLimits(128L << 20, 1_500_000, 4096, 16_384);

    /** The defaults, overridden by the {@code lightwork.max*} system properties. */
    public static DesignLimits current() {
        return new DesignLimits(property("lightwork.maxFileBytes", DEFAULT.fileBytes), property("lightwork.maxElements", DEFAULT.elements),
                (int) Math.min(Integer.MAX_VALUE, property("lightwork.maxStringLength", DEFAULT.stringLength)),
                (int) Math.min(Integer.MAX_VALUE, property("lightwork.maxLanes", DEFAULT.lanes)));
    }

    private static long property(String name, long fallback) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(v.strip().replace("_", ""));
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
