package dev.lightwork.exchange.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.provider.Arguments;

import dev.lightwork.library.ReferenceDesigns;

/** Reading exported workbooks back in tests: cells by row label, the examples. */
final class Sheets {

    private Sheets() {
    }

    static Stream<Arguments> examples() {
        return ReferenceDesigns.TEMPLATES.keySet().stream().map(id -> Arguments.of(id, example(id)));
    }

    static Path example(String id) {
        return Path.of(System.getProperty("lightwork.repo", "../..")).resolve("examples").resolve(id + ".lightwork");
    }

    static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in); // not WorkbookFactory: its ServiceLoader finds no providers under OSGi
        }
    }

    /** Rows of {@code sheet} by the text in column A (first occurrence). */
    static Map<String, Row> rowsByLabel(Sheet sheet) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                rows.putIfAbsent(row.getCell(0).getStringCellValue(), row);
            }
        }
        return rows;
    }

    /** The Inputs row of element.attribute. */
    static Row input(Workbook wb, String element, String attribute) {
        Sheet s = wb.getSheet("Inputs");
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && element.equals(text(row.getCell(0))) && attribute.equals(text(row.getCell(3)))) {
                return row;
            }
        }
        return fail("no Inputs row for " + element + "." + attribute);
    }

    static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    /** The cell's (cached) number, NaN for an error or non-number (the analyzer's "unknown"). */
    static double number(Cell c) {
        if (c == null) {
            return Double.NaN;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC ? c.getNumericCellValue() : Double.NaN;
    }
}
