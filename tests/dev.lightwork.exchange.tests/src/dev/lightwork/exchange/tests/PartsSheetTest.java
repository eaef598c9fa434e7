package dev.lightwork.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.exchange.PartsSheet;
import dev.lightwork.exchange.WorkbookExport;
import dev.lightwork.exchange.WorkbookImportException;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.CatalogueExtension;
import dev.lightwork.library.Confidence;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Laser;
import dev.lightwork.model.io.DesignFiles;

/** The Parts sheet: new catalogue parts from a workbook, merged into a user catalogue file the library loads. */
class PartsSheetTest {

    static final ReferenceLibrary LIBRARY = ReferenceLibrary.shipped();

    @TempDir
    Path dir;

    /** The exported workbook of an example, its (empty) Parts sheet filled with {@code rows} under its header. */
    private Path workbook(String[]... rows) throws Exception {
        Path xlsx = dir.resolve("parts.xlsx");
        WorkbookExport.write(new DesignAnalyzer(LIBRARY).analyze(DesignFiles.load(Sheets.example("400g-dr4-qsfpdd"))), LIBRARY, "", xlsx);
        try (Workbook wb = Sheets.open(xlsx)) {
            Sheet s = wb.getSheet(PartsSheet.SHEET);
            List<String> headers = PartsSheet.headers(LIBRARY);
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i + 1 < rows[r].length; i += 2) {
                    Cell c = row.createCell(headers.indexOf(rows[r][i]));
                    try {
                        c.setCellValue(Double.parseDouble(rows[r][i + 1]));
                    } catch (NumberFormatException e) {
                        c.setCellValue(rows[r][i + 1]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        return xlsx;
    }

    @Test
    void exportedWorkbookHasAnEmptyPartsSheetWithEveryCatalogueColumn() throws Exception {
        Path xlsx = workbook();
        try (Workbook wb = Sheets.open(xlsx)) {
            Row head = wb.getSheet(PartsSheet.SHEET).getRow(0);
            assertEquals("id", head.getCell(0).getStringCellValue());
            assertEquals(PartsSheet.headers(LIBRARY).size(), head.getLastCellNum());
        }
        assertTrue(PartsSheet.headers(LIBRARY).containsAll(List.of("output_power_dbm", "insertion_loss_db", "wavelength_nm")));
        assertTrue(PartsSheet.read(xlsx, LIBRARY).isEmpty());
    }

    @Test
    void partsFromTheSheetAreMergedIntoACatalogueFileTheLibraryLoads() throws Exception {
        Path xlsx = workbook(
                new String[] {"id", "MY-EML-1311", "kind", "laser", "name", "EML 1311 nm (vendor X rev B)", "source", "Vendor X datasheet rev B p.3",
                        "confidence", "M", "type", "EML", "wavelength_nm", "1311", "output_power_dbm", "2.6", "extinction_ratio_db", "5.5",
                        "power_mw", "240", "power_temp_coeff_db_per_k", "-0.02"},
                new String[] {"id", "MY-LC-ULL", "kind", "Connector", "name", "LC ultra low loss", "source", "incoming inspection 2026-11", "confidence",
                        "h", "type", "LC", "insertion_loss_db", "0.15"});
        List<CatalogPart> parts = PartsSheet.read(xlsx, LIBRARY);
        assertEquals(2, parts.size());
        assertEquals(PartKind.LASER, parts.get(0).kind());
        assertEquals(2.6, parts.get(0).number("output_power_dbm").getAsDouble());
        assertEquals(Confidence.H, parts.get(1).provenance().confidence());

        Path csv = dir.resolve("catalogue/my-parts.csv");
        Files.createDirectories(csv.getParent());
        PartsSheet.Merge first = PartsSheet.merge(csv, parts, LIBRARY);
        assertEquals(2, first.added().size());
        CatalogueExtension.Result loaded = CatalogueExtension.read(csv, LIBRARY);
        assertTrue(loaded.ok(), loaded.problems().toString());
        ReferenceLibrary extended = LIBRARY.withParts(loaded.parts());
        CatalogPart laser = extended.requirePart("MY-EML-1311");
        assertEquals("Vendor X datasheet rev B p.3", laser.provenance().source());
        assertTrue(extended.parts(PartKind.CONNECTOR).stream().anyMatch(p -> p.id().equals("MY-LC-ULL")), "listed with its kind (pickers, studies)");
        Laser made = (Laser) PartFactory.create(laser, "las-x");
        assertEquals(2.6, made.getOutputPowerDbm());
        assertEquals(0.15, ((Connector) PartFactory.create(extended.requirePart("MY-LC-ULL"), "c")).getInsertionLossDb());

        // the same id again replaces the row; the other part stays
        Path again = workbook(new String[] {"id", "MY-LC-ULL", "kind", "connector", "source", "incoming inspection 2026-12", "confidence", "H",
                "type", "LC", "insertion_loss_db", "0.12"});
        PartsSheet.Merge second = PartsSheet.merge(csv, PartsSheet.read(again, LIBRARY), LIBRARY);
        assertEquals(List.of("MY-LC-ULL"), second.replaced().stream().map(CatalogPart::id).toList());
        ReferenceLibrary now = LIBRARY.withParts(CatalogueExtension.read(csv, LIBRARY).parts());
        assertEquals(0.12, now.requirePart("MY-LC-ULL").number("insertion_loss_db").getAsDouble());
        assertTrue(now.part("MY-EML-1311").isPresent());
    }

    @Test
    void badRowsAreReportedBySheetAndCellAndTheCatalogueFileIsUntouched() throws Exception {
        Path csv = dir.resolve("my-parts.csv");
        PartsSheet.merge(csv, PartsSheet.read(workbook(new String[] {"id", "MY-OK", "kind", "connector", "source", "s", "confidence", "M",
                "insertion_loss_db", "0.3"}), LIBRARY), LIBRARY);
        byte[] before = Files.readAllBytes(csv);
        Path xlsx = workbook(
                new String[] {"id", "MY-GOOD", "kind", "connector", "source", "s", "confidence", "M", "insertion_loss_db", "0.2"},
                new String[] {"id", "MY-BAD-KIND", "kind", "amplifier", "source", "s", "confidence", "M"},
                new String[] {"id", "MY-TEXT", "kind", "connector", "source", "s", "confidence", "M", "insertion_loss_db", "low"},
                new String[] {"id", "CON-LC-STD", "kind", "connector", "source", "s", "confidence", "M", "insertion_loss_db", "0.1"},
                new String[] {"id", "MY-NOSRC", "kind", "connector", "confidence", "X", "insertion_loss_db", "0.1"},
                new String[] {"id", "MY-WRONG-COL", "kind", "connector", "source", "s", "confidence", "M", "output_power_dbm", "3"},
                new String[] {"id", "MY-GOOD", "kind", "connector", "source", "s", "confidence", "M", "insertion_loss_db", "0.2"});
        WorkbookImportException e = assertThrows(WorkbookImportException.class, () -> PartsSheet.read(xlsx, LIBRARY));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("Parts!B3: kind 'amplifier' is none of laser, modulator"), all);
        String il = new org.apache.poi.ss.util.CellReference(3, PartsSheet.headers(LIBRARY).indexOf("insertion_loss_db")).formatAsString(false);
        assertTrue(all.contains("Parts!" + il + ": insertion_loss_db = 'low' is not a number"), all);
        assertTrue(all.contains("Parts!A5: 'CON-LC-STD' is a shipped catalogue part"), all);
        assertTrue(all.contains("Parts!D6: every part needs its source"), all);
        assertTrue(all.contains("Parts!E6: confidence must be H, M or L, not 'X'"), all);
        assertTrue(all.contains(": a connector has no value 'output_power_dbm'"), all);
        assertTrue(all.contains("Parts!A8: 'MY-GOOD' is listed twice (also Parts!A2)"), all);
        assertFalse(all.contains("MY-OK"), all);
        assertArrayEquals(before, Files.readAllBytes(csv), "nothing written");
    }

    @Test
    void aBadUserCatalogueFileNamesFileLineAndColumn() throws Exception {
        Path csv = dir.resolve("team.csv");
        Files.writeString(csv, "id,kind,name,source,confidence,note,cost_class,insertion_loss_db\n"
                + "T-1,connector,ok,datasheet,M,,,0.2\n"
                + "T-2,connector,bad,datasheet,M,,,-x\n");
        CatalogueExtension.Result r = CatalogueExtension.read(csv, LIBRARY);
        assertFalse(r.ok());
        assertEquals(List.of(csv + ":3 (column insertion_loss_db): insertion_loss_db = '-x' is not a number"), r.problems());
        assertTrue(r.parts().isEmpty(), "all or nothing");
    }
}
