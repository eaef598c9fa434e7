package dev.lightwork.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.exchange.WorkbookExport;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/**
 * Thermal temperatures in the workbook: formulas where the K/W network is a tree (here two levels deep, not only the
 * examples' stars), held to the solver to 1e-9 K by POI's evaluation; values at export, said in the sheet, where it has a loop.
 * (LibreOffice's recalculation of the examples' trees is in SpreadsheetRecalculationTest.)
 */
class ThermalFormulasTest {

    static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(LIBRARY);

    /** The DR4 example with a substrate between the optics/board and the case: tosa -> substrate -> case, board -> substrate. */
    private static TransceiverDesign twoLevelTree() throws Exception {
        TransceiverDesign d = DesignFiles.load(Sheets.example("400g-dr4-qsfpdd"));
        ThermalNetwork net = d.getThermalNetwork();
        ThermalNode substrate = LightworkFactory.eINSTANCE.createThermalNode();
        substrate.setId("substrate");
        net.getNodes().add(substrate);
        ThermalNode caseNode = net.getNodes().stream().filter(ThermalNode::isBoundary).findFirst().orElseThrow();
        for (ThermalPath p : net.getPaths()) {
            if (p.getFrom().getId().equals("tj-tosa") || p.getFrom().getId().equals("board")) {
                p.setTo(substrate);
            }
        }
        ThermalPath down = LightworkFactory.eINSTANCE.createThermalPath();
        down.setFrom(substrate);
        down.setTo(caseNode);
        down.setResistanceKPerW(1.5);
        net.getPaths().add(down);
        return d;
    }

    @Test
    void aTreeNetworkIsWrittenAsFormulasThatGiveTheSolversTemperatures() throws Exception {
        TransceiverDesign d = twoLevelTree();
        DesignAnalysis a = ANALYZER.analyze(d);
        assertTrue(a.thermal().temperatureC().get("tj-tosa") > a.thermal().temperatureC().get("substrate"));
        try (XSSFWorkbook wb = WorkbookExport.workbook(a, LIBRARY, "")) {
            Map<String, Row> rows = Sheets.rowsByLabel(wb.getSheet("Thermal"));
            for (String node : new String[] {"tj-dsp", "tj-tosa", "tj-rosa", "board", "substrate"}) {
                Row row = rows.get(node);
                assertEquals(CellType.FORMULA, row.getCell(3).getCellType(), node);
                assertEquals(a.thermal().temperatureC().get(node), Sheets.number(row.getCell(3)), 1e-9, node);
                assertEquals(a.thermal().heatW().get(node), Sheets.number(row.getCell(2)), 1e-12, "heat of " + node);
                assertTrue(Sheets.text(row.getCell(6)).startsWith("formula"), Sheets.text(row.getCell(6)));
            }
            String tosa = rows.get("tj-tosa").getCell(3).getCellFormula();
            assertTrue(tosa.contains("*SUM("), tosa);
        }
    }

    @Test
    void aNetworkWithALoopKeepsTheSolversValuesAndSaysSo() throws Exception {
        TransceiverDesign d = twoLevelTree();
        ThermalNetwork net = d.getThermalNetwork();
        ThermalPath loop = LightworkFactory.eINSTANCE.createThermalPath(); // DSP spreads into the substrate too: a loop
        loop.setFrom(net.getNodes().stream().filter(n -> n.getId().equals("tj-dsp")).findFirst().orElseThrow());
        loop.setTo(net.getNodes().stream().filter(n -> n.getId().equals("substrate")).findFirst().orElseThrow());
        loop.setResistanceKPerW(20.0);
        net.getPaths().add(loop);
        DesignAnalysis a = ANALYZER.analyze(d);
        try (XSSFWorkbook wb = WorkbookExport.workbook(a, LIBRARY, "")) {
            Map<String, Row> rows = Sheets.rowsByLabel(wb.getSheet("Thermal"));
            Row dsp = rows.get("tj-dsp");
            assertEquals(CellType.NUMERIC, dsp.getCell(3).getCellType(), "a matrix solve has no formula");
            assertEquals(a.thermal().temperatureC().get("tj-dsp"), dsp.getCell(3).getNumericCellValue(), 0.0);
            assertTrue(Sheets.text(dsp.getCell(6)).startsWith("value at export"), Sheets.text(dsp.getCell(6)));
            assertEquals(CellType.FORMULA, rows.get("tj-rosa").getCell(3).getCellType(), "the rosa hangs alone from the case: still a tree");
            org.apache.poi.ss.usermodel.Sheet about = wb.getSheet("About");
            String notLive = "";
            for (Row r : about) {
                if ("Not live".equals(Sheets.text(r.getCell(0)))) {
                    notLive = Sheets.text(r.getCell(1));
                }
            }
            assertTrue(notLive.contains("loops"), notLive);
        }
    }
}
