package dev.lightwork.ui.views.table;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import dev.lightwork.analysis.validation.StatusBand;

/** Config labels the views put on cells, and the cell styles registered for them (traffic-light verdicts). */
public final class CellStyles extends AbstractRegistryConfiguration {

    /** Below the limit (margin below required, temperature above limit). */
    public static final String FAIL = "lw.fail";
    /** Passes, but within the warning band of the preferences. */
    public static final String MARGINAL = "lw.marginal";
    public static final String OK = "lw.ok";
    /** Not computable: an input is missing or invalid. */
    public static final String UNKNOWN = "lw.unknown";
    /** A thermal boundary node (imposed temperature). */
    public static final String BOUNDARY = "lw.boundary";
    static final String NUMBER = "lw.number";

    /** The cell label of a status band (one decision in the analysis, one colour here). */
    public static String of(StatusBand band) {
        return switch (band) {
            case FAIL -> FAIL;
            case MARGINAL -> MARGINAL;
            case CLEAR -> OK;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public static final RGB FAIL_RGB = new RGB(0xf2, 0x9c, 0x9c);
    public static final RGB MARGINAL_RGB = new RGB(0xf7, 0xd0, 0x8a);
    public static final RGB OK_RGB = new RGB(0xb5, 0xe0, 0xb0);
    public static final RGB UNKNOWN_RGB = new RGB(0xd8, 0xd8, 0xd8);
    public static final RGB BOUNDARY_RGB = new RGB(0xdd, 0xe8, 0xf5);

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        background(registry, FAIL, FAIL_RGB);
        background(registry, MARGINAL, MARGINAL_RGB);
        background(registry, OK, OK_RGB);
        background(registry, UNKNOWN, UNKNOWN_RGB);
        background(registry, BOUNDARY, BOUNDARY_RGB);
        // the anchor of a selection gets a border only, so a selected margin cell still shows its verdict colour
        Style anchor = new Style();
        anchor.setAttributeValue(CellStyleAttributes.BORDER_STYLE, new BorderStyle(1, new Color(new RGB(0x40, 0x40, 0x40)), LineStyleEnum.SOLID));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, anchor, DisplayMode.SELECT, SelectionStyleLabels.SELECTION_ANCHOR_STYLE);
        Style number = new Style();
        number.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, number, DisplayMode.NORMAL, NUMBER);
    }

    private static void background(IConfigRegistry registry, String label, RGB rgb) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(rgb));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
        // a selected row keeps its verdict colours (the selection shows by the bold italic font)
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.SELECT, label);
    }
}
