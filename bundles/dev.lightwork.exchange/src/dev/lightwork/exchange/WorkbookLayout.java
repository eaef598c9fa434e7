package dev.lightwork.exchange;

/**
 * Sheet names and the columns of the Inputs and Limits sheets: shared by export and import, so a workbook
 * written by one version reads back in the same places.
 */
final class WorkbookLayout {

    static final String INPUTS = "Inputs";
    static final String LIMITS = "Limits";
    static final String LINK = "Link budget";
    static final String POWER = "Power";
    static final String THERMAL = "Thermal";
    static final String ABOUT = "About";

    /** Inputs sheet columns (0-based). */
    static final int IN_ELEMENT = 0;
    static final int IN_KIND = 1;
    static final int IN_QUANTITY = 2;
    static final int IN_ATTRIBUTE = 3;
    static final int IN_VALUE = 4;
    static final int IN_UNIT = 5;
    static final int IN_SOURCE = 6;
    static final int IN_CONFIDENCE = 7;
    static final int IN_NOTE = 8;
    static final String[] IN_HEADERS = {"Element", "Kind", "Quantity", "Attribute", "Value", "Unit", "Source", "Confidence", "Note"};

    /** Limits sheet columns (0-based). */
    static final int LIM_OWNER = 0;
    static final int LIM_QUANTITY = 1;
    static final int LIM_KEY = 2;
    static final int LIM_VALUE = 3;
    static final int LIM_UNIT = 4;
    static final int LIM_SOURCE = 5;
    static final int LIM_CONFIDENCE = 6;
    static final int LIM_NOTE = 7;
    static final String[] LIM_HEADERS = {"Table", "Quantity", "Column", "Value", "Unit", "Source", "Confidence", "Note"};
    static final String POWER_CLASS_KEY = "max_power_w";
    static final String SPLITTER_EXCESS_KEY = "splitter_stage_excess_loss_db";

    private WorkbookLayout() {
    }

    /** "Inputs!E12" for a 0-based row and column: how errors and references name a cell. */
    static String cell(String sheet, int row, int column) {
        return sheet + "!" + column(column) + (row + 1);
    }

    static String column(int column) {
        StringBuilder s = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            s.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return s.toString();
    }

    /** Absolute reference from another sheet: 'Link budget'!$E$12. */
    static String absolute(String sheet, int row, int column) {
        String name = sheet.matches("[A-Za-z]+") ? sheet : "'" + sheet + "'";
        return name + "!$" + column(column) + "$" + (row + 1);
    }
}
