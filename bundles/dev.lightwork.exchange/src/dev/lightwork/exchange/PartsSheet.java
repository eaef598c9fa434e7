package dev.lightwork.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.CatalogueExtension;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.io.AtomicFiles;

/**
 * The Parts sheet of a workbook: a designer's own catalogue parts, one per row (id, kind, name, source, confidence,
 * note, cost_class, then the value columns of the shipped catalogue files, units in their names), merged into a user
 * catalogue CSV file that the library loads when {@code LIGHTWORK_CATALOGUE} names it. All or nothing: a bad row is
 * reported as {@code Parts!C5: problem} and the catalogue file is not touched.
 */
public final class PartsSheet {

    public static final String SHEET = "Parts";

    /** What a merge did: parts added and parts replaced (same id, new values). */
    public record Merge(List<CatalogPart> added, List<CatalogPart> replaced) {
    }

    private PartsSheet() {
    }

    /** Every header a Parts sheet may have: the meta columns, then each kind's value columns once, in catalogue order. */
    public static List<String> headers(ReferenceLibrary library) {
        Set<String> out = new LinkedHashSet<>(CatalogueExtension.META_COLUMNS);
        for (PartKind k : PartKind.values()) {
            out.addAll(library.partColumns(k));
        }
        return List.copyOf(out);
    }

    /** The parts of the workbook's Parts sheet, checked against {@code library}; nothing is written. */
    public static List<CatalogPart> read(Path workbook, ReferenceLibrary library) throws WorkbookImportException, IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = open(in, workbook)) {
            return read(wb, library, workbook.getFileName().toString());
        }
    }

    private static Workbook open(InputStream in, Path file) throws WorkbookImportException {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new WorkbookImportException(List.of(file + ": not a readable .xlsx workbook (" + e.getMessage() + ")"));
        }
    }

    static List<CatalogPart> read(Workbook wb, ReferenceLibrary library, String workbookName) throws WorkbookImportException {
        Sheet s = wb.getSheet(SHEET);
        if (s == null) {
            throw new WorkbookImportException(List.of("the workbook has no '" + SHEET + "' sheet (columns: id, kind, name, source, confidence, "
                    + "note, cost_class and the catalogue's value columns; 'lightwork export --format xlsx' writes an empty one)"));
        }
        List<String> problems = new ArrayList<>();
        Row head = s.getRow(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>(headers(library));
        for (int c = 0; head != null && c < head.getLastCellNum(); c++) {
            String h = text(head.getCell(c)).toLowerCase(Locale.ROOT);
            if (h.isEmpty()) {
                continue;
            }
            if (!known.contains(h)) {
                problems.add(WorkbookLayout.cell(SHEET, 0, c) + ": '" + h + "' is not a catalogue column (known: " + String.join(", ", known) + ")");
            } else if (columns.putIfAbsent(h, c) != null) {
                problems.add(WorkbookLayout.cell(SHEET, 0, c) + ": column '" + h + "' appears twice (also "
                        + WorkbookLayout.cell(SHEET, 0, columns.get(h)) + ")");
            }
        }
        for (String required : List.of("id", "kind", "source", "confidence")) {
            if (!columns.containsKey(required)) {
                problems.add(SHEET + "!1: the header row has no '" + required + "' column");
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkbookImportException(problems);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> c : columns.entrySet()) {
                values.put(c.getKey(), row == null ? "" : text(row.getCell(c.getValue())));
            }
            rows.add(values);
        }
        Map<String, Integer> index = new HashMap<>(columns);
        CatalogueExtension.Result result = CatalogueExtension.parse(rows, 1,
                (row, column) -> WorkbookLayout.cell(SHEET, row, index.getOrDefault(column, 0)), library, workbookName + " (" + SHEET + " sheet)");
        if (!result.ok()) {
            throw new WorkbookImportException(result.problems());
        }
        return result.parts();
    }

    /**
     * Merges {@code parts} into the user catalogue {@code csv} (created when missing): a part with an id the file has
     * replaces that row, the others are appended. The file is written atomically; an unreadable existing file is refused.
     */
    public static Merge merge(Path csv, List<CatalogPart> parts, ReferenceLibrary library) throws WorkbookImportException, IOException {
        Map<String, CatalogPart> all = new LinkedHashMap<>();
        if (Files.exists(csv)) {
            CatalogueExtension.Result existing = CatalogueExtension.read(csv, library);
            if (!existing.ok()) {
                throw new WorkbookImportException(existing.problems());
            }
            existing.parts().forEach(p -> all.put(p.id(), p));
        }
        List<CatalogPart> added = new ArrayList<>();
        List<CatalogPart> replaced = new ArrayList<>();
        for (CatalogPart p : parts) {
            (all.put(p.id(), p) == null ? added : replaced).add(p);
        }
        AtomicFiles.write(csv, csv(all.values(), library).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Merge(List.copyOf(added), List.copyOf(replaced));
    }

    /** The parts in the user catalogue layout: meta columns, then the value columns any of them uses. */
    static String csv(Iterable<CatalogPart> parts, ReferenceLibrary library) {
        Set<String> used = new LinkedHashSet<>();
        for (String h : headers(library)) {
            for (CatalogPart p : parts) {
                if (p.numbers().containsKey(h) || p.texts().containsKey(h)) {
                    used.add(h);
                }
            }
        }
        List<String> header = new ArrayList<>(CatalogueExtension.META_COLUMNS);
        used.removeAll(header);
        header.addAll(used);
        StringBuilder s = new StringBuilder(String.join(",", header)).append('\n');
        for (CatalogPart p : parts) {
            List<String> cells = new ArrayList<>();
            for (String h : header) {
                cells.add(field(switch (h) {
                    case "id" -> p.id();
                    case "kind" -> p.kind().name().toLowerCase(Locale.ROOT);
                    case "name" -> p.name();
                    case "source" -> p.provenance().source();
                    case "confidence" -> p.provenance().confidence().name();
                    case "note" -> p.provenance().note() == null ? "" : p.provenance().note();
                    case "cost_class" -> p.costClass() == null ? "" : p.costClass();
                    default -> p.numbers().containsKey(h) ? BigDecimal.valueOf(p.numbers().get(h)).stripTrailingZeros().toPlainString() : p.text(h);
                }));
            }
            s.append(String.join(",", cells)).append('\n');
        }
        return s.toString();
    }

    private static String field(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getStringCellValue().trim();
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }
}
