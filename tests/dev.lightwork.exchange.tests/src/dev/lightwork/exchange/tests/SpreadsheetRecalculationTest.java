package dev.lightwork.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.exchange.LinkBudgetFormulas.Term;
import dev.lightwork.exchange.WorkbookExport;
import dev.lightwork.exchange.WorkbookImport;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/**
 * The exported workbooks recalculated by LibreOffice agree with the analyzer: every budget term of every lane to
 * 1e-6 dB, module power and pJ/bit; an input edited in the sheet, recalculated and imported changes the model so
 * that the analyzer then agrees with the sheet.
 */
class SpreadsheetRecalculationTest {

    static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(LIBRARY);
    static final double TOLERANCE_DB = 1e-6;
    static final String EDITED = "400g-dr4-qsfpdd";

    @TempDir
    static Path work;
    static final Map<String, Path> recalculated = new LinkedHashMap<>();
    static double editedLaserDbm;
    static double editedConnectorDb;
    static double editedLaserMw;

    /** One LibreOffice run for every example plus the edited workbook (its start-up dominates). */
    @BeforeAll
    static void exportAndRecalculate() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String id : ReferenceDesigns.TEMPLATES.keySet()) {
            Path f = work.resolve(id + ".xlsx");
            WorkbookExport.write(ANALYZER.analyze(DesignFiles.load(Sheets.example(id))), LIBRARY, "test", f);
            files.add(f);
        }
        // The reviewer's edit: one laser 1.5 dB weaker, one channel's first connector 0.3 dB lossier. Written with
        // POI without re-evaluating, so only LibreOffice's recalculation can move the margins.
        TransceiverDesign d = DesignFiles.load(Sheets.example(EDITED));
        Lane lane0 = d.getLanes().get(0);
        Channel ch = lane0.getChannel();
        try (Workbook wb = Sheets.open(work.resolve(EDITED + ".xlsx"))) {
            Row laser = Sheets.input(wb, lane0.getLaser().getId(), "outputPowerDbm");
            editedLaserDbm = laser.getCell(4).getNumericCellValue() - 1.5;
            laser.getCell(4).setCellValue(editedLaserDbm);
            Row connector = Sheets.input(wb, ch.getConnectors().get(0).getId(), "insertionLossDb");
            editedConnectorDb = connector.getCell(4).getNumericCellValue() + 0.3;
            connector.getCell(4).setCellValue(editedConnectorDb);
            // and the laser dissipates 100 mW more: its thermal node warms, the laser derates (live on a tree network)
            Row laserPower = Sheets.input(wb, lane0.getLaser().getId(), "powerMw");
            editedLaserMw = laserPower.getCell(4).getNumericCellValue() + 100;
            laserPower.getCell(4).setCellValue(editedLaserMw);
            Path edited = work.resolve("edited-" + EDITED + ".xlsx");
            try (OutputStream out = Files.newOutputStream(edited)) {
                ((XSSFWorkbook) wb).write(out);
            }
            files.add(edited);
        }
        List<Path> out = LibreOffice.recalculate(files, work);
        Path kept = Files.createDirectories(Path.of("target", "recalculated")); // for a look (README figure)
        for (Path p : out) {
            recalculated.put(p.getFileName().toString().replace(".xlsx", ""), p);
            Files.copy(p, kept.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.lightwork.exchange.tests.Sheets#examples")
    void everyTermOfEveryLaneMatchesTheAnalyzer(String id, Path file) throws Exception {
        DesignAnalysis analysis = ANALYZER.analyze(DesignFiles.load(file));
        try (Workbook wb = Sheets.open(recalculated.get(id))) {
            assertLinkSheetMatches(wb, analysis);
            assertPowerSheetMatches(wb, analysis);
            assertThermalSheetMatches(wb, analysis, true);
        }
    }

    @Test
    void editedInputRecalculatesAndImportsIntoTheModel() throws Exception {
        TransceiverDesign original = DesignFiles.load(Sheets.example(EDITED));
        DesignAnalysis before = ANALYZER.analyze(original);
        TransceiverDesign design = DesignFiles.load(Sheets.example(EDITED));
        try (Workbook wb = Sheets.open(recalculated.get("edited-" + EDITED))) {
            // The sheet moved: lane 0's margin is lower than the analyzer's for the unedited design.
            Map<String, Row> rows = Sheets.rowsByLabel(wb.getSheet("Link budget"));
            Lane lane0 = original.getLanes().get(0);
            double sheetMargin = Sheets.number(rows.get(lane0.getId()).getCell(2 + Term.MARGIN.ordinal()));
            assertTrue(sheetMargin < before.linkBudget(lane0).marginDb() - 1.0, "the sheet recalculated lane 0: " + sheetMargin);

            // ... and the laser's node is warmer in the sheet than the analyzer had it
            String node = lane0.getLaser().getThermalNode().getId();
            double sheetNode = Sheets.number(Sheets.rowsByLabel(wb.getSheet("Thermal")).get(node).getCell(3));
            assertEquals(before.thermal().temperatureC().get(node) + 0.1 * resistanceToCase(original, node), sheetNode, 1e-9,
                    "0.1 W more through the node's path(s) to the case");

            List<WorkbookImport.Change> changes = WorkbookImport.changes(wb, design, LIBRARY);
            assertEquals(3, changes.size(), changes::toString);
            changes.forEach(WorkbookImport.Change::apply);
            // LibreOffice saves 15 significant digits (0.35 + 0.3 = 0.6499999999999999 is written as 0.65)
            assertEquals(editedLaserDbm, design.getLanes().get(0).getLaser().getOutputPowerDbm(), 1e-12);
            assertEquals(editedConnectorDb, design.getLanes().get(0).getChannel().getConnectors().get(0).getInsertionLossDb(), 1e-12);
            assertEquals(editedLaserMw, design.getLanes().get(0).getLaser().getPowerMw(), 1e-9);
            DesignAnalysis after = ANALYZER.analyze(design);
            assertLinkSheetMatches(wb, after);
            assertPowerSheetMatches(wb, after);
            assertThermalSheetMatches(wb, after, true);
        }
    }

    static void assertLinkSheetMatches(Workbook wb, DesignAnalysis analysis) {
        Sheet link = wb.getSheet("Link budget");
        assertNotNull(link);
        Row header = link.getRow(0);
        for (Term t : Term.values()) {
            assertEquals(t.header(), Sheets.text(header.getCell(2 + t.ordinal())), "column of " + t);
        }
        Map<String, Row> rows = Sheets.rowsByLabel(link);
        int compared = 0;
        for (Map.Entry<Lane, LinkBudget> e : analysis.linkBudgets().entrySet()) {
            Row row = rows.get(e.getKey().getId());
            assertNotNull(row, "row of lane " + e.getKey().getId());
            for (Term t : Term.values()) {
                double expected = t.analyzed(e.getValue());
                double actual = Sheets.number(row.getCell(2 + t.ordinal()));
                String what = e.getKey().getId() + " " + t.header();
                if (Double.isNaN(expected)) {
                    assertTrue(Double.isNaN(actual), what + ": unknown to the analyzer, the sheet shows " + actual);
                } else {
                    assertFalse(Double.isNaN(actual), what + ": the sheet shows no number, the analyzer " + expected);
                    assertEquals(expected, actual, TOLERANCE_DB, what);
                }
                compared++;
            }
        }
        assertEquals(analysis.linkBudgets().size() * Term.values().length, compared);
    }

    /** The R (K/W) of the node's one path to its boundary node (the example's network is a star around the case). */
    private static double resistanceToCase(TransceiverDesign d, String nodeId) {
        for (var p : d.getThermalNetwork().getPaths()) {
            if (p.getFrom().getId().equals(nodeId) && p.getTo().isBoundary() || p.getTo().getId().equals(nodeId) && p.getFrom().isBoundary()) {
                return p.getResistanceKPerW();
            }
        }
        throw new AssertionError(nodeId + " has no direct path to a boundary node");
    }

    /** Every node's heat and temperature as the analyzer solves it, to 1e-6 (W, K); on a tree network each temperature is a formula. */
    static void assertThermalSheetMatches(Workbook wb, DesignAnalysis analysis, boolean tree) {
        Map<String, Row> rows = Sheets.rowsByLabel(wb.getSheet("Thermal"));
        int compared = 0;
        for (Map.Entry<String, Double> t : analysis.thermal().temperatureC().entrySet()) {
            Row row = rows.get(t.getKey());
            assertNotNull(row, "row of node " + t.getKey());
            assertEquals(analysis.thermal().heatW().get(t.getKey()), Sheets.number(row.getCell(2)), 1e-6, "heat of " + t.getKey());
            assertEquals(t.getValue(), Sheets.number(row.getCell(3)), 1e-6, "temperature of " + t.getKey());
            if (tree) {
                assertEquals(org.apache.poi.ss.usermodel.CellType.FORMULA, row.getCell(3).getCellType(), t.getKey() + " is a formula");
            }
            compared++;
        }
        assertTrue(compared > 0, "no node compared");
    }

    static void assertPowerSheetMatches(Workbook wb, DesignAnalysis analysis) {
        Map<String, Row> rows = Sheets.rowsByLabel(wb.getSheet("Power"));
        assertEquals(analysis.power().totalW(), Sheets.number(rows.get("Total module power (W)").getCell(3)), 1e-9, "total power");
        assertEquals(analysis.power().loadW(), Sheets.number(rows.get("Load (W)").getCell(3)), 1e-9, "load");
        if (Double.isFinite(analysis.power().pJPerBit())) {
            assertEquals(analysis.power().pJPerBit(), Sheets.number(rows.get("Energy per bit (pJ/bit)").getCell(3)), 1e-9, "pJ/bit");
        }
    }
}
