package dev.lightwork.exchange;

import static dev.lightwork.exchange.WorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.link.PmdCheck;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.diagram.description.DiagramOptions;
import dev.lightwork.exchange.LinkBudgetFormulas.Term;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.PowerClass;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.io.AtomicFiles;
import dev.lightwork.model.Component;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.HostInterface;
import dev.lightwork.model.Lane;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.report.Quantities;

/**
 * Writes a design as an .xlsx workbook whose results are live: the link budget, power and headroom cells are
 * formulas over the Inputs sheet (and the PMD limits), so a reviewer who changes a laser power or a connector loss
 * sees the margins move. Thermal temperatures are formulas where the K/W network is a tree ({@link ThermalFormulas});
 * on a meshed network they are the solver's values at export (re-import and re-export to re-solve them).
 */
public final class WorkbookExport {

    /** Excel's (and LibreOffice's .xlsx) longest formula is 8,192 characters; a longer one is not written. */
    private static final int MAX_FORMULA_CHARS = 8000;

    private final DesignAnalysis analysis;
    private final ReferenceLibrary library;
    private final TransceiverDesign design;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Map<EObject, Map<String, String>> inputRefs = new IdentityHashMap<>();
    private final Map<String, String> limitRefs = new HashMap<>();
    private final Map<String, String> nodeTemperatureRefs = new HashMap<>();
    private String powerClassRef;
    private String loadRef;
    private String powerWattsRange;
    private String powerNodeRange;
    private String splitterExcessRef;
    private String requiredMarginRef;
    private CellStyle header;
    private CellStyle text;
    private CellStyle wrap;
    private CellStyle input;
    private final Map<String, CellStyle> numberStyles = new HashMap<>();
    private String revision = "";

    private WorkbookExport(DesignAnalysis analysis, ReferenceLibrary library) {
        this.analysis = analysis;
        this.library = library;
        this.design = analysis.design();
    }

    /** Builds the workbook (formulas evaluated once, so viewers that do not recalculate still show the numbers). */
    public static XSSFWorkbook workbook(DesignAnalysis analysis, ReferenceLibrary library, String revision) {
        WorkbookExport e = new WorkbookExport(analysis, library);
        e.revision = revision == null ? "" : revision;
        return e.build();
    }

    /** Writes the workbook to {@code file} atomically ({@link AtomicFiles#write}: permissions kept, fsync, rename). */
    public static void write(DesignAnalysis analysis, ReferenceLibrary library, String revision, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook w = workbook(analysis, library, revision)) {
            w.write(bytes);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private XSSFWorkbook build() {
        styles();
        Sheet about = wb.createSheet(ABOUT);
        Sheet link = wb.createSheet(LINK);
        Sheet power = wb.createSheet(POWER);
        Sheet thermal = wb.createSheet(THERMAL);
        Sheet inputs = wb.createSheet(INPUTS);
        Sheet limits = wb.createSheet(LIMITS);
        Sheet parts = wb.createSheet(PartsSheet.SHEET);
        // Operands first: the result sheets refer to their cells.
        inputs(inputs);
        limits(limits);
        power(power);
        thermal(thermal);
        link(link);
        about(about);
        parts(parts);
        wb.setActiveSheet(1);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        wb.setForceFormulaRecalculation(true);
        return wb;
    }

    // --- Inputs and limits -------------------------------------------------------------------------------------

    private void inputs(Sheet s) {
        headerRow(s, IN_HEADERS);
        int r = 1;
        for (DesignInputs.Input in : DesignInputs.of(design, library)) {
            Row row = s.createRow(r);
            text(row, IN_ELEMENT, in.element());
            text(row, IN_KIND, in.kind());
            text(row, IN_QUANTITY, in.quantity());
            text(row, IN_ATTRIBUTE, in.attribute().getName());
            Cell v = row.createCell(IN_VALUE);
            v.setCellStyle(input);
            if (in.value() instanceof Number n && Double.isFinite(n.doubleValue())) {
                v.setCellValue(n.doubleValue());
            } else if (in.value() != null) {
                v.setCellValue(in.value().toString()); // NaN or infinite: shown as the design has it; formulas treat it as unknown
            }
            text(row, IN_UNIT, in.unit());
            text(row, IN_SOURCE, in.source());
            text(row, IN_CONFIDENCE, in.confidence());
            text(row, IN_NOTE, in.note());
            inputRefs.computeIfAbsent(in.owner(), k -> new HashMap<>()).put(in.attribute().getName(), absolute(INPUTS, r, IN_VALUE));
            if (in.owner() == design && "requiredMarginDb".equals(in.attribute().getName())) {
                requiredMarginRef = absolute(INPUTS, r, IN_VALUE);
            }
            r++;
        }
        finish(s, IN_HEADERS.length, 1, new int[] {18, 14, 26, 26, 12, 10, 50, 11, 40});
    }

    private void limits(Sheet s) {
        headerRow(s, LIM_HEADERS);
        int r = 1;
        PmdSpec pmd = library.pmd(design.getOpticalPmd()).orElse(null);
        if (pmd != null) {
            for (Map.Entry<String, Double> e : pmd.values().entrySet()) {
                Row row = s.createRow(r);
                text(row, LIM_OWNER, pmd.id());
                text(row, LIM_QUANTITY, Quantities.columnName(e.getKey()));
                text(row, LIM_KEY, e.getKey());
                number(row, LIM_VALUE, e.getValue(), "General");
                text(row, LIM_UNIT, Quantities.columnUnit(e.getKey()));
                text(row, LIM_SOURCE, pmd.provenance().source());
                text(row, LIM_CONFIDENCE, pmd.provenance().confidence().name());
                text(row, LIM_NOTE, pmd.provenance().note() == null ? "" : pmd.provenance().note());
                limitRefs.put(e.getKey(), absolute(LIMITS, r, LIM_VALUE));
                r++;
            }
        }
        if (design.getFormFactor() != null && design.getFormFactor() != FormFactor.CPO_ENGINE && design.getMsaPowerClass() != null) {
            PowerClass pc = library.powerClass(design.getFormFactor(), design.getMsaPowerClass()).orElse(null);
            if (pc != null) {
                Row row = s.createRow(r);
                text(row, LIM_OWNER, pc.formFactor() + " class " + pc.powerClass());
                text(row, LIM_QUANTITY, "MSA power class limit");
                text(row, LIM_KEY, POWER_CLASS_KEY);
                number(row, LIM_VALUE, pc.maxPowerW(), "0.00");
                text(row, LIM_UNIT, "W");
                text(row, LIM_SOURCE, pc.provenance().source());
                text(row, LIM_CONFIDENCE, pc.provenance().confidence().name());
                text(row, LIM_NOTE, pc.provenance().note() == null ? "" : pc.provenance().note());
                powerClassRef = absolute(LIMITS, r, LIM_VALUE);
                r++;
            }
        }
        var excess = library.modelParameter(SPLITTER_EXCESS_KEY);
        Row model = s.createRow(r);
        text(model, LIM_OWNER, "link model");
        text(model, LIM_QUANTITY, "Excess loss of one 1x2 splitter stage");
        text(model, LIM_KEY, SPLITTER_EXCESS_KEY);
        number(model, LIM_VALUE, excess.value(), "General");
        text(model, LIM_UNIT, "dB");
        text(model, LIM_SOURCE, excess.provenance().source());
        text(model, LIM_CONFIDENCE, excess.provenance().confidence().name());
        text(model, LIM_NOTE, excess.provenance().note() == null ? "" : excess.provenance().note());
        splitterExcessRef = absolute(LIMITS, r, LIM_VALUE);
        r++;
        Row note = s.createRow(r + 1);
        text(note, 0, "Limits come from the reference library (pmd-specs.csv, power-classes.csv, link-model.csv), not from the design: "
                + "editing them here changes the sheet's margins but is refused on import.");
        finish(s, LIM_HEADERS.length, 1, new int[] {18, 30, 24, 12, 8, 60, 11, 60});
    }

    // --- Results -----------------------------------------------------------------------------------------------

    private void thermal(Sheet s) {
        String[] h = {"Node", "Kind", "Heat (W)", "Temperature (°C)", "Limit (°C)", "Headroom (K)", "Temperature is"};
        headerRow(s, h);
        int r = 1;
        var ts = analysis.thermal();
        ThermalNetwork net = design.getThermalNetwork();
        boolean meshed = false;
        if (net != null) {
            Map<ThermalNode, String> heatCells = new IdentityHashMap<>();
            for (int i = 0; i < net.getNodes().size(); i++) {
                heatCells.put(net.getNodes().get(i), "C" + (i + 2));
            }
            Map<ThermalNode, ThermalFormulas.Route> routes = ThermalFormulas.routes(net);
            ThermalFormulas.Cells cells = new ThermalFormulas.Cells() {
                @Override
                public String input(Object owner, String attribute) {
                    return ref((EObject) owner, attribute);
                }

                @Override
                public String heat(ThermalNode node) {
                    return heatCells.get(node);
                }
            };
            for (ThermalNode n : net.getNodes()) {
                Row row = s.createRow(r);
                text(row, 0, n.getId());
                text(row, 1, n.isBoundary() ? "boundary" : n.getKind() == null ? "" : n.getKind().getLiteral());
                formula(row, 2, heat(n, "A" + (r + 1)), "0.000");
                Double solved = ts.temperatureC().get(n.getId());
                String how;
                String temperature = null;
                if (n.isBoundary()) {
                    String t = ref(n, "temperatureC");
                    temperature = t == null ? "NA()" : "IF(ISNUMBER(" + t + ")," + t + ",NA())";
                    how = "imposed (Inputs)";
                } else {
                    ThermalFormulas.Route route = routes.get(n);
                    switch (route.kind()) {
                        case TREE -> {
                            temperature = ThermalFormulas.temperature(route, cells);
                            how = "formula: " + route.boundary().getId() + " + R x heat below, path by path";
                            if (temperature.length() > MAX_FORMULA_CHARS) {
                                temperature = null;
                                meshed = true;
                                how = "value at export: the tree's formula would exceed a spreadsheet's 8,192 characters";
                            }
                        }
                        case MESHED -> {
                            meshed = true;
                            how = "value at export: its part of the network has a loop or several paths to boundaries (a matrix solve)";
                        }
                        default -> how = "unknown: " + ts.unknownNodes().getOrDefault(n.getId(), "no path to a boundary node");
                    }
                }
                if (temperature != null) {
                    formula(row, 3, temperature, "0.0");
                    nodeTemperatureRefs.put(n.getId(), absolute(THERMAL, r, 3));
                } else {
                    number(row, 3, solved, "0.0");
                    if (solved != null && Double.isFinite(solved)) {
                        nodeTemperatureRefs.put(n.getId(), absolute(THERMAL, r, 3));
                    }
                }
                number(row, 4, ts.limitC().get(n.getId()), "0.0");
                formula(row, 5, "IF(AND(ISNUMBER(E" + (r + 1) + "),ISNUMBER(D" + (r + 1) + ")),E" + (r + 1) + "-D" + (r + 1) + ",\"\")", "0.0");
                text(row, 6, how);
                r++;
            }
        }
        if (r > 1) {
            colourBands(s, new CellRangeAddress(1, r - 1, 5, 5), "$F2<0", "$F2<" + DiagramOptions.DEFAULT.thermalHeadroomK(), "$F2<>\"\"");
        }
        Row note = s.createRow(r + 1);
        text(note, 0, "Heat is the parts' power on each node (and the DC-DC conversion loss on the converter's node), live from Inputs. "
                + "Where the K/W network is a tree hanging from one boundary path, each temperature is a formula: the boundary's plus, "
                + "for every path up to it, R x the heat below that path (the exact steady state)."
                + (meshed ? " Nodes on a network with loops or several boundary paths keep the solver's value at export (a matrix solve has "
                        + "no spreadsheet formula): import the workbook and export again to re-solve them." : ""));
        finish(s, h.length, 1, new int[] {22, 12, 12, 18, 12, 14, 60});
    }

    /**
     * A node's heat as ThermalNetworkSolver counts it: each part's power on the node (empty, negative or not a number: 0 W;
     * the Power sheet's W column, summed by its Thermal node column) and, on the last converter's node, the conversion
     * loss load / efficiency - load. {@code idCell} holds the node's id on the Thermal sheet.
     */
    private String heat(ThermalNode n, String idCell) {
        List<String> terms = new ArrayList<>();
        PowerConverter last = null;
        boolean anyPart = false;
        List<String> explicit = new ArrayList<>();
        for (Component c : design.getComponents()) {
            if (c instanceof PowerConverter pc) {
                last = pc;
                continue;
            }
            String p = c.getThermalNode() == n ? ref(c, "powerMw") : null;
            if (p != null) {
                anyPart = true;
                explicit.add("IF(AND(ISNUMBER(" + p + ")," + p + ">=0)," + p + "/1000,0)");
            }
        }
        if (anyPart) {
            // SUMIF keeps a 512-lane node's formula short; an id a criterion would read as a pattern is summed term by term
            boolean literal = n.getId() != null && n.getId().chars().noneMatch(ch -> "*?~<>=".indexOf(ch) >= 0);
            terms.add(literal && powerNodeRange != null ? "SUMIF(" + powerNodeRange + "," + idCell + "," + powerWattsRange + ")"
                    : String.join("+", explicit));
        }
        if (last != null && last.getThermalNode() == n && loadRef != null) {
            String e = ref(last, "efficiency");
            String eff = e == null ? "1" : "IF(AND(ISNUMBER(" + e + ")," + e + ">0," + e + "<=1)," + e + ",1)";
            terms.add(loadRef + "/" + eff + "-" + loadRef);
        }
        return terms.isEmpty() ? "0" : String.join("+", terms);
    }

    private void link(Sheet s) {
        List<String> headers = new ArrayList<>(List.of("Lane", "Lanes in row group"));
        for (Term t : Term.values()) {
            headers.add(t.header());
        }
        int requiredCol = headers.size();
        headers.add("Required margin (dB)");
        int statusCol = headers.size();
        headers.add("Status");
        int findingsCol = headers.size();
        headers.add("Other findings at export (PMD table checks, missing values)");
        headerRow(s, headers.toArray(String[]::new));
        int first = 2;
        List<Lane> lanes = new ArrayList<>(design.getLanes());
        double required = dev.lightwork.analysis.validation.DesignRules.requiredMarginDb(design);
        int r = 1;
        int i = 0;
        while (i < lanes.size()) {
            // A run of identical, passing lanes shares one outline group under its first lane; failing lanes stand alone.
            int j = i + 1;
            LinkBudget b0 = analysis.linkBudget(lanes.get(i));
            if (b0 != null && b0.passes(required)) {
                while (j < lanes.size() && same(b0, analysis.linkBudget(lanes.get(j)), required)) {
                    j++;
                }
            }
            int groupStart = r;
            for (int k = i; k < j; k++) {
                Lane lane = lanes.get(k);
                Row row = s.createRow(r);
                text(row, 0, lane.getId());
                text(row, 1, k == i && j - i > 1 ? lanes.get(i).getId() + " … " + lanes.get(j - 1).getId() + " (" + (j - i) + " lanes)" : "");
                int rowIndex = r;
                LinkBudgetFormulas.Cells cells = new LinkBudgetFormulas.Cells() {
                    @Override
                    public String input(EObject owner, String attribute) {
                        Map<String, String> refs = owner == null ? null : inputRefs.get(owner);
                        return refs == null ? null : refs.get(attribute);
                    }

                    @Override
                    public String term(Term term) {
                        return column(first + term.ordinal()) + (rowIndex + 1);
                    }

                    @Override
                    public String limit(String pmdColumn) {
                        return limitRefs.get(pmdColumn);
                    }

                    @Override
                    public boolean laserTemperatureKnown() {
                        LinkBudget b = analysis.linkBudget(lane);
                        return b == null || b.laserTemperatureKnown();
                    }

                    @Override
                    public int laserLaneCount() {
                        LinkBudget b = analysis.linkBudget(lane);
                        return b == null ? 1 : b.laserLaneCount();
                    }

                    @Override
                    public String splitterStageExcessLoss() {
                        return splitterExcessRef;
                    }

                    @Override
                    public double analyzedMarginReferenceDbm() {
                        LinkBudget b = analysis.linkBudget(lane);
                        return b == null ? Double.NaN : b.marginReferenceDbm();
                    }

                    @Override
                    public String laserNodeTemperature() {
                        var laser = lane.getLaser();
                        return laser == null || laser.getThermalNode() == null ? null : nodeTemperatureRefs.get(laser.getThermalNode().getId());
                    }
                };
                for (Term t : Term.values()) {
                    formula(row, first + t.ordinal(), LinkBudgetFormulas.formula(t, lane, cells), t.format());
                }
                formula(row, requiredCol, requiredMarginRef == null ? "0" : LinkBudgetFormulas.zeroIfEmpty(requiredMarginRef), "0.00");
                String m = column(first + Term.MARGIN.ordinal()) + (r + 1);
                String q = column(requiredCol) + (r + 1);
                formula(row, statusCol, "IF(ISNUMBER(" + m + "),IF(" + m + "<" + q + ",\"FAIL\",IF(" + m + "<" + q + "+"
                        + DiagramOptions.DEFAULT.marginHeadroomDb() + ",\"MARGINAL\",\"PASS\")),\"UNKNOWN\")", null);
                text(row, findingsCol, findings(analysis.linkBudget(lane)));
                r++;
            }
            if (r - groupStart > 1) {
                s.groupRow(groupStart + 1, r - 1);
                s.setRowGroupCollapsed(groupStart + 1, true);
            }
            i = j;
        }
        if (r > 1) {
            String m = "$" + column(first + Term.MARGIN.ordinal()) + "2";
            String q = "$" + column(requiredCol) + "2";
            colourBands(s, new CellRangeAddress(1, r - 1, first + Term.MARGIN.ordinal(), first + Term.MARGIN.ordinal()), m + "<" + q,
                    m + "<" + q + "+" + DiagramOptions.DEFAULT.marginHeadroomDb(), "ISNUMBER(" + m + ")");
        }
        s.setRowSumsBelow(false);
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 12);
        widths[0] = 14;
        widths[1] = 22;
        widths[findingsCol] = 60;
        finish(s, headers.size(), 2, widths);
    }

    private static boolean same(LinkBudget a, LinkBudget b, double required) {
        if (b == null || !b.passes(required)) {
            return false;
        }
        for (Term t : Term.values()) {
            if (Double.compare(t.analyzed(a), t.analyzed(b)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String findings(LinkBudget b) {
        if (b == null) {
            return "";
        }
        List<String> out = new ArrayList<>(b.problems());
        for (PmdCheck c : b.pmdChecks()) {
            if (!c.passes()) {
                out.add(String.format(Locale.ROOT, "%s %.2f %s %s limit %.2f (%s)", c.term().label(), c.value(), c.term().unit(),
                        c.upperLimit() ? "above" : "below", c.limit(), c.parameter()));
            }
        }
        return String.join("; ", out);
    }

    private void power(Sheet s) {
        String[] h = {"Component", "Kind", "Power (mW)", "Power (W)", "Thermal node"};
        headerRow(s, h);
        int r = 1;
        List<PowerConverter> converters = new ArrayList<>();
        for (Component c : design.getComponents()) {
            if (c instanceof PowerConverter pc) {
                converters.add(pc);
                continue;
            }
            Row row = s.createRow(r);
            text(row, 0, c.getId());
            text(row, 1, c.eClass().getName());
            String ref = ref(c, "powerMw");
            formula(row, 2, ref == null ? "0" : "IF(ISNUMBER(" + ref + ")," + ref + ",\"\")", "0.0");
            // PowerBudgetCalculator: an empty, negative or non-numeric power counts as 0 W (and is reported).
            formula(row, 3, "IF(ISNUMBER(C" + (r + 1) + "),IF(C" + (r + 1) + ">=0,C" + (r + 1) + "/1000,0),0)", "0.000");
            text(row, 4, c.getThermalNode() == null ? "" : c.getThermalNode().getId()); // where its heat goes (Thermal sheet)
            r++;
        }
        int last = r;
        if (last > 1) {
            powerWattsRange = absolute(POWER, 1, 3) + ":" + absolute(POWER, last - 1, 3).replaceFirst("^[^!]*!", "");
            powerNodeRange = absolute(POWER, 1, 4) + ":" + absolute(POWER, last - 1, 4).replaceFirst("^[^!]*!", "");
        }
        r++;
        loadRef = absolute(POWER, r, 3);
        String load = summary(s, r++, "Load (W)", "SUM(D2:D" + Math.max(2, last) + ")", "0.000");
        String eff = "1";
        for (PowerConverter pc : converters) { // the calculator keeps the last valid converter efficiency
            String e = ref(pc, "efficiency");
            if (e != null) {
                eff = "IF(AND(ISNUMBER(" + e + ")," + e + ">0," + e + "<=1)," + e + "," + eff + ")";
            }
        }
        String effCell = summary(s, r++, "Converter efficiency", eff, "0.000");
        String total = summary(s, r++, "Total module power (W)", load + "/" + effCell, "0.000");
        summary(s, r++, "Conversion loss (W)", total + "-" + load, "0.000");
        PowerBudget pb = analysis.power();
        HostInterface host = design.getHostInterface();
        String count = host == null ? null : ref(host, "laneCount");
        String rate = host == null ? null : ref(host, "laneRateGbps");
        if (count != null && rate != null && Double.isFinite(pb.nominalGbps()) && pb.nominalGbps() > 0) {
            // Line rate over nominal rate as the analyzer used it (FEC and transcoding overhead), not a second constant.
            double ratio = host.getLaneCount() * host.getLaneRateGbps() / pb.nominalGbps();
            String ratioCell = summary(s, r++, "Line rate / nominal rate (FEC, transcoding)", Double.toString(ratio), "0.0000");
            String nominal = summary(s, r++, "Nominal rate (Gb/s)", count + "*" + rate + "/" + ratioCell, "0.0");
            summary(s, r++, "Energy per bit (pJ/bit)", total + "/(" + nominal + "*1E9)*1E12", "0.00");
        }
        if (powerClassRef != null) {
            String limit = summary(s, r++, "MSA class limit (W)", powerClassRef, "0.00");
            int headroomRow = r;
            summary(s, r++, "Headroom (W)", limit + "-" + total, "0.000");
            colourBands(s, new CellRangeAddress(headroomRow, headroomRow, 3, 3), "$D" + (headroomRow + 1) + "<0", "FALSE()", "TRUE()");
        }
        finish(s, h.length, 1, new int[] {28, 16, 12, 12, 18});
    }

    private String summary(Sheet s, int r, String label, String formula, String format) {
        Row row = s.createRow(r);
        Cell c = row.createCell(0);
        c.setCellValue(label);
        c.setCellStyle(header);
        formula(row, 3, formula, format);
        return "D" + (r + 1);
    }

    private void about(Sheet s) {
        String[][] lines = {
                {"Design", design.getName() == null ? design.getId() : design.getName() + " (" + design.getId() + ")"},
                {"Revision", revision},
                {"Optical PMD", Objects.toString(design.getOpticalPmd(), "not given")},
                {"Verdict at export", analysis.verdict().name()},
                {"How to use", "Change values in the Value column of 'Inputs' (yellow): the link budget and power recalculate. "
                        + "'lightwork import --format xlsx WORKBOOK --into DESIGN' writes the changed values back into the design."},
                {"Live", "Link budget (every term), power, energy per bit, power and margin headroom, node heat and (tree networks) node "
                        + "and laser temperatures with the laser's derating: formulas over Inputs and Limits."},
                {"Not live", "PMD table checks and BER (pre- and post-FEC), and the temperatures of a thermal network with loops or several "
                        + "paths to boundaries (a matrix solve; tree networks are formulas, see 'Thermal'): values at export. Re-import and "
                        + "re-export to refresh them."},
                {"Parts", "New catalogue parts, one per row of 'Parts' (id, kind, name, source, confidence H/M/L, note, cost class and the "
                        + "value columns of that kind, units in the column names; leave the others empty). 'lightwork import --format xlsx "
                        + "--parts WORKBOOK --into my-parts.csv' adds them to a catalogue file; LIGHTWORK_CATALOGUE=my-parts.csv makes them "
                        + "part of the library."},
                {"Rows", "Identical passing lanes share an outline group under their first lane (+ to expand); failing lanes stand alone."}};
        int r = 0;
        for (String[] l : lines) {
            Row row = s.createRow(r++);
            Cell k = row.createCell(0);
            k.setCellValue(l[0]);
            k.setCellStyle(header);
            Cell v = row.createCell(1);
            v.setCellValue(l[1]);
            v.setCellStyle(wrap);
            row.setHeightInPoints(15f * (1 + l[1].length() / 120)); // wrapped text gets its lines (no auto-height on export)
        }
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 110 * 256);
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    /** An empty parts table with every catalogue column, for new parts (see the About sheet). */
    private void parts(Sheet s) {
        headerRow(s, PartsSheet.headers(library).toArray(String[]::new));
        s.getRow(0).setHeightInPoints(30);
        s.createFreezePane(1, 1);
        for (int c = 0; c < PartsSheet.headers(library).size(); c++) {
            s.setColumnWidth(c, 16 * 256);
        }
    }

    // --- Cells and styles --------------------------------------------------------------------------------------

    private String ref(EObject owner, String attribute) {
        Map<String, String> refs = inputRefs.get(owner);
        return refs == null ? null : refs.get(attribute);
    }

    private void styles() {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = wb.createCellStyle();
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        input = wb.createCellStyle();
        input.setDataFormat(wb.createDataFormat().getFormat("General"));
        input.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xff, (byte) 0xf8, (byte) 0xc6}, null));
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private CellStyle numberStyle(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat(f));
            return st;
        });
    }

    private void headerRow(Sheet s, String[] headers) {
        Row row = s.createRow(0);
        row.setHeightInPoints(60); // four lines of wrapped header ("Penalties (MPI, reflections) (dB)")
        for (int i = 0; i < headers.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(header);
        }
    }

    private void finish(Sheet s, int columns, int frozenColumns, int[] widths) {
        s.createFreezePane(frozenColumns, 1);
        // Printed (or saved as PDF): landscape, one page wide, the header row on every page.
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        s.setAutoFilter(new CellRangeAddress(0, Math.max(1, s.getLastRowNum()), 0, columns - 1));
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    private void text(Row row, int col, String value) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(text);
    }

    private void number(Row row, int col, Double value, String format) {
        Cell c = row.createCell(col);
        if (value != null && Double.isFinite(value)) {
            c.setCellValue(value);
        }
        c.setCellStyle(numberStyle(format));
    }

    private void formula(Row row, int col, String formula, String format) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        if (format != null) {
            c.setCellStyle(numberStyle(format));
        }
    }

    /** Red when {@code fail}, amber when {@code warn}, green when {@code known}: the workbench's margin colours. */
    private static void colourBands(Sheet s, CellRangeAddress range, String fail, String warn, String known) {
        SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        ConditionalFormattingRule red = cf.createConditionalFormattingRule(fail);
        fill(red, "FFB3B3");
        ConditionalFormattingRule amber = cf.createConditionalFormattingRule(warn);
        fill(amber, "FFE3A6");
        ConditionalFormattingRule green = cf.createConditionalFormattingRule(known);
        fill(green, "C8EBC8");
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, new ConditionalFormattingRule[] {red, amber, green});
    }

    private static void fill(ConditionalFormattingRule rule, String rgb) {
        PatternFormatting p = rule.createPatternFormatting();
        XSSFColor colour = new XSSFColor(new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
        p.setFillBackgroundColor(colour);
        p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    }
}
