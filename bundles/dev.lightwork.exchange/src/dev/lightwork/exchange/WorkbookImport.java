package dev.lightwork.exchange;

import static dev.lightwork.exchange.WorkbookLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.Quantities;

/**
 * Reads the Inputs sheet of a workbook written by {@link WorkbookExport} back into a design: each value that
 * differs from the design's becomes a {@link Change}. All or nothing: any unknown row, bad value or edited
 * reference limit is reported by sheet!cell and no change is returned, so the caller never applies half an import.
 */
public final class WorkbookImport {

    /** One changed input: {@code cell} is where the new value was read (Inputs!E12). */
    public record Change(EObject owner, String element, EAttribute attribute, Object oldValue, Object newValue, String cell) {

        /** Sets the new value on the model element (null unsets it: "not given"). */
        public void apply() {
            if (newValue == null) {
                owner.eUnset(attribute);
            } else {
                owner.eSet(attribute, newValue);
            }
        }

        /** {@code element.attribute: old -> new unit}, without the cell. */
        public String describe() {
            String unit = Quantities.unit(attribute.getName());
            return element + "." + attribute.getName() + ": " + DesignInputs.text(oldValue) + " -> " + DesignInputs.text(newValue)
                    + (unit.isEmpty() ? "" : " " + unit);
        }

        @Override
        public String toString() {
            return describe() + " (" + cell + ")";
        }
    }

    private WorkbookImport() {
    }

    /** The changes {@code workbook} makes to {@code design}; nothing is modified. */
    public static List<Change> changes(Path workbook, TransceiverDesign design, ReferenceLibrary library) throws WorkbookImportException, IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = open(in, workbook)) {
            return changes(wb, design, library);
        }
    }

    private static Workbook open(InputStream in, Path file) throws WorkbookImportException {
        try {
            return new XSSFWorkbook(in); // not WorkbookFactory: its ServiceLoader finds no providers under OSGi
        } catch (IOException | RuntimeException e) { // not a workbook, or a corrupt/hostile one (POI's zip-bomb limits)
            throw new WorkbookImportException(List.of(file + ": not a readable .xlsx workbook (" + e.getMessage() + ")"));
        }
    }

    public static List<Change> changes(Workbook wb, TransceiverDesign design, ReferenceLibrary library) throws WorkbookImportException {
        List<String> problems = new ArrayList<>();
        Sheet inputs = wb.getSheet(INPUTS);
        if (inputs == null) {
            throw new WorkbookImportException(List.of("the workbook has no '" + INPUTS + "' sheet (export one with 'lightwork export --format xlsx')"));
        }
        checkHeaders(inputs, IN_HEADERS, problems);
        Map<String, DesignInputs.Input> known = new LinkedHashMap<>();
        for (DesignInputs.Input in : DesignInputs.of(design, library)) {
            known.put(in.element() + "\u0000" + in.attribute().getName(), in);
        }
        Map<String, String> seen = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (int r = 1; r <= inputs.getLastRowNum(); r++) {
            Row row = inputs.getRow(r);
            String element = string(row, IN_ELEMENT);
            String attribute = string(row, IN_ATTRIBUTE);
            if (element.isEmpty() && attribute.isEmpty()) {
                if (!blank(row, IN_VALUE)) {
                    problems.add(cell(INPUTS, r, IN_VALUE) + ": a value without an element and attribute (columns A and D)");
                }
                continue;
            }
            String key = element + "\u0000" + attribute;
            DesignInputs.Input in = known.get(key);
            if (in == null) {
                boolean elementKnown = known.keySet().stream().anyMatch(k -> k.startsWith(element + "\u0000"));
                problems.add(elementKnown ? cell(INPUTS, r, IN_ATTRIBUTE) + ": '" + element + "' has no input '" + attribute + "'"
                        : cell(INPUTS, r, IN_ELEMENT) + ": the design has no element '" + element + "'");
                continue;
            }
            String earlier = seen.put(key, cell(INPUTS, r, IN_VALUE));
            if (earlier != null) {
                problems.add(cell(INPUTS, r, IN_ELEMENT) + ": " + element + "." + attribute + " is listed twice (also " + earlier + ")");
                continue;
            }
            Object now;
            try {
                now = value(row, in);
            } catch (IllegalArgumentException e) {
                problems.add(cell(INPUTS, r, IN_VALUE) + ": " + element + "." + attribute + " " + e.getMessage());
                continue;
            }
            Object was = in.value();
            if (!sameValue(was, now)) {
                changes.add(new Change(in.owner(), element, in.attribute(), was, now, cell(INPUTS, r, IN_VALUE)));
            }
        }
        Integer powerClass = design.getMsaPowerClass();
        for (Change c : changes) { // limits are checked against the class the design will have after the import
            if (c.owner() == design && "msaPowerClass".equals(c.attribute().getName())) {
                powerClass = (Integer) c.newValue();
            }
        }
        limits(wb, design, powerClass, library, problems);
        if (!problems.isEmpty()) {
            throw new WorkbookImportException(problems);
        }
        return List.copyOf(changes);
    }

    /** Reference limits are not design inputs: an edited one is refused rather than silently dropped. */
    private static void limits(Workbook wb, TransceiverDesign design, Integer powerClass, ReferenceLibrary library, List<String> problems) {
        Sheet s = wb.getSheet(LIMITS);
        if (s == null) {
            return;
        }
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            String key = string(row, LIM_KEY);
            if (key.isEmpty()) {
                continue;
            }
            OptionalDouble expected = OptionalDouble.empty();
            if (POWER_CLASS_KEY.equals(key)) {
                if (design.getFormFactor() != null && powerClass != null) {
                    expected = library.powerClass(design.getFormFactor(), powerClass)
                            .map(pc -> OptionalDouble.of(pc.maxPowerW())).orElse(OptionalDouble.empty());
                }
            } else if (SPLITTER_EXCESS_KEY.equals(key)) {
                expected = OptionalDouble.of(library.modelParameter(key).value());
            } else if (pmd != null) {
                expected = pmd.value(key);
            }
            Cell c = row.getCell(LIM_VALUE);
            Double v = c != null && numericCell(c) ? numeric(c) : null;
            if (expected.isEmpty() || v == null || Double.compare(expected.getAsDouble(), v) != 0) {
                problems.add(cell(LIMITS, r, LIM_VALUE) + ": " + string(row, LIM_OWNER) + " " + key + " = " + (v == null ? string(row, LIM_VALUE) : v)
                        + " differs from the reference library (" + (expected.isEmpty() ? "no such value" : expected.getAsDouble())
                        + "); limits come from the library, not the design, and cannot be imported");
            }
        }
    }

    private static void checkHeaders(Sheet s, String[] headers, List<String> problems) {
        Row row = s.getRow(0);
        for (int i = 0; i < headers.length; i++) {
            if (!headers[i].equals(string(row, i))) {
                problems.add(cell(s.getSheetName(), 0, i) + ": expected the header '" + headers[i] + "', found '" + string(row, i) + "'");
            }
        }
    }

    private static Object value(Row row, DesignInputs.Input in) {
        Cell c = row.getCell(IN_VALUE);
        if (c == null || blank(row, IN_VALUE)) {
            return null;
        }
        double v;
        if (numericCell(c)) {
            v = numeric(c);
        } else {
            String t = c.getCellType() == CellType.STRING ? c.getStringCellValue().trim()
                    : c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue().trim() : "";
            Object was = in.value();
            if (was != null && t.equals(was.toString())) {
                return was; // a NaN or infinite value the design already had, exported as text
            }
            throw new IllegalArgumentException("= '" + t + "' is not a number" + (in.unit().isEmpty() ? "" : " (in " + in.unit() + ")"));
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("= " + v + " is not a finite number");
        }
        if (in.integer()) {
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("= " + v + " must be a whole number");
            }
            return (int) v;
        }
        return v;
    }

    private static boolean numericCell(Cell c) {
        return c.getCellType() == CellType.NUMERIC
                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    private static double numeric(Cell c) {
        return c.getNumericCellValue();
    }

    /**
     * Spreadsheets keep 15 significant digits (Excel, and LibreOffice when it saves .xlsx): 0.6499999999999999 comes
     * back as 0.65. A value equal to the design's at that precision is the design's value, not an edit.
     */
    private static boolean sameValue(Object was, Object now) {
        if (was instanceof Double a && now instanceof Double b) {
            return Double.compare(a, b) == 0 || Double.isFinite(a) && Double.compare(fifteenDigits(a), fifteenDigits(b)) == 0;
        }
        return Objects.equals(was, now);
    }

    static double fifteenDigits(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.14e", v));
    }

    private static boolean blank(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() == CellType.BLANK || c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank();
    }

    private static String string(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue().trim();
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case FORMULA -> c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue().trim() : "";
            default -> "";
        };
    }
}
