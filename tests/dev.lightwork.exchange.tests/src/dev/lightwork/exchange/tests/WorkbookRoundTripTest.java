package dev.lightwork.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.exchange.DesignInputs;
import dev.lightwork.exchange.WorkbookExport;
import dev.lightwork.exchange.WorkbookImport;
import dev.lightwork.exchange.WorkbookImportException;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/** Export then import gives the same model; bad workbooks are refused by sheet!cell and change nothing. */
class WorkbookRoundTripTest {

    static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(LIBRARY);

    static Workbook exported(TransceiverDesign design) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = WorkbookExport.workbook(ANALYZER.analyze(design), LIBRARY, "test")) {
            wb.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /**
     * Property: for every example, importing its workbook into a copy whose every numeric input was scrambled (new
     * random values, some cleared) restores the example exactly; importing into the example itself changes nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.lightwork.exchange.tests.Sheets#examples")
    void exportThenImportGivesAnEqualModel(String id, Path file) throws Exception {
        TransceiverDesign original = DesignFiles.load(file);
        try (Workbook wb = exported(original)) {
            assertEquals(List.of(), WorkbookImport.changes(wb, DesignFiles.load(file), LIBRARY));

            TransceiverDesign scrambled = DesignFiles.load(file);
            Random random = new Random(id.hashCode());
            int n = 0;
            for (DesignInputs.Input in : DesignInputs.of(scrambled, LIBRARY)) {
                EAttribute a = in.attribute();
                if (random.nextInt(10) == 0) {
                    in.owner().eUnset(a);
                } else {
                    in.owner().eSet(a, in.integer() ? (Object) random.nextInt(1000) : (Object) (random.nextDouble() * 100 - 50));
                }
                n++;
            }
            assertFalse(EcoreUtil.equals(original, scrambled));
            List<WorkbookImport.Change> changes = WorkbookImport.changes(wb, scrambled, LIBRARY);
            assertTrue(changes.size() > n / 2, changes.size() + " of " + n);
            changes.forEach(WorkbookImport.Change::apply);
            assertTrue(EcoreUtil.equals(original, scrambled), "the import restored every input of " + id);
        }
    }

    @Test
    void badCellsAreReportedBySheetAndCellAndNothingIsReturned() throws Exception {
        Path file = Sheets.example("400g-dr4-qsfpdd");
        TransceiverDesign design = DesignFiles.load(file);
        try (Workbook wb = exported(design)) {
            Row laser = Sheets.input(wb, design.getLanes().get(0).getLaser().getId(), "outputPowerDbm");
            laser.getCell(4).setCellValue("three");
            Row splice = Sheets.input(wb, design.getChannels().get(0).getId(), "spliceCount");
            splice.getCell(4).setCellValue(1.5);
            Sheet inputs = wb.getSheet("Inputs");
            Row unknown = inputs.createRow(inputs.getLastRowNum() + 1);
            unknown.createCell(0).setCellValue("no-such-part");
            unknown.createCell(3).setCellValue("powerMw");
            unknown.createCell(4).setCellValue(3);
            Row limit = wb.getSheet("Limits").getRow(1);
            limit.getCell(3).setCellValue(limit.getCell(3).getNumericCellValue() + 1);
            // a valid edit too: it must not be applied either
            Sheets.input(wb, design.getLanes().get(0).getId(), "tdecqDb").getCell(4).setCellValue(1.0);

            WorkbookImportException e = assertThrows(WorkbookImportException.class, () -> WorkbookImport.changes(wb, design, LIBRARY));
            String laserCell = "Inputs!E" + (laser.getRowNum() + 1);
            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(laserCell + ": ") && p.contains("'three' is not a number (in dBm)")),
                    e.getMessage());
            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("Inputs!E" + (splice.getRowNum() + 1) + ": ") && p.contains("whole number")),
                    e.getMessage());
            assertTrue(e.problems().stream().anyMatch(p -> p.equals("Inputs!A" + (unknown.getRowNum() + 1) + ": the design has no element 'no-such-part'")),
                    e.getMessage());
            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("Limits!D2: ") && p.contains("cannot be imported")), e.getMessage());
            assertEquals(4, e.problems().size(), e.getMessage());
            assertTrue(EcoreUtil.equals(DesignFiles.load(file), design), "the design is untouched");
        }
    }

    @Test
    void clearedValueBecomesNotGiven() throws Exception {
        TransceiverDesign design = DesignFiles.load(Sheets.example("800g-dr8-osfp"));
        try (Workbook wb = exported(design)) {
            Cell c = Sheets.input(wb, design.getLanes().get(3).getId(), "tdecqDb").getCell(4);
            c.setBlank();
            List<WorkbookImport.Change> changes = WorkbookImport.changes(wb, design, LIBRARY);
            assertEquals(1, changes.size());
            changes.get(0).apply();
            assertEquals(null, design.getLanes().get(3).getTdecqDb());
        }
    }
}
