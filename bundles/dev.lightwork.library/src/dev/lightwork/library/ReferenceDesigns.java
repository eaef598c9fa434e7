package dev.lightwork.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Connector;
import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.DesignConstraint;
import dev.lightwork.model.DesignVariable;
import dev.lightwork.model.Driver;
import dev.lightwork.model.Distribution;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.HostInterface;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.Metric;
import dev.lightwork.model.Modulation;
import dev.lightwork.model.Objective;
import dev.lightwork.model.OptimisationSense;
import dev.lightwork.model.OperatingCorner;
import dev.lightwork.model.SamplingMethod;
import dev.lightwork.model.TestLimit;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.Tia;
import dev.lightwork.model.Tolerance;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.VariableKind;
import dev.lightwork.model.YieldStudy;
import dev.lightwork.model.io.DesignFiles;

/**
 * The five reference designs (examples/ and the "new design from template" wizard), built from catalogue parts.
 * Thermal resistances are not in any source we found: they are stated assumptions in each node's description.
 */
public final class ReferenceDesigns {

    /** Template id to builder, in the order a designer meets them. */
    public static final Map<String, Supplier<TransceiverDesign>> TEMPLATES;

    static {
        Map<String, Supplier<TransceiverDesign>> t = new LinkedHashMap<>();
        t.put("400g-dr4-qsfpdd", ReferenceDesigns::dr4400G);
        t.put("800g-dr8-osfp", ReferenceDesigns::dr8800G);
        t.put("800g-lpo-osfp", ReferenceDesigns::lpo800G);
        t.put("1p6t-dr8-osfp", ReferenceDesigns::dr81600G);
        t.put("51p2t-cpo-engine", ReferenceDesigns::cpo51200G);
        TEMPLATES = java.util.Collections.unmodifiableMap(t);
    }

    private static final LightworkFactory F = LightworkFactory.eINSTANCE;
    private static final String THERMAL_ASSUMPTION = "Thermal resistance is an assumption (no published value found); replace with the package's measured value.";

    private ReferenceDesigns() {
    }

    /** Writes every reference design as {@code <template>.lightwork} into {@code folder}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples");
        for (Map.Entry<String, Supplier<TransceiverDesign>> e : TEMPLATES.entrySet()) {
            Path file = folder.resolve(e.getKey() + "." + DesignFiles.EXTENSION);
            DesignFiles.save(e.getValue().get(), file);
            System.out.println("wrote " + file);
        }
    }

    /** 400G-DR4 in QSFP-DD: 7 nm DSP (8x50G host to 4x100G line), four EMLs, 500 m SMF over MPO-12. */
    public static TransceiverDesign dr4400G() {
        Builder b = new Builder("400g-dr4-qsfpdd", "400G-DR4 QSFP-DD (7 nm DSP, EML)", FormFactor.QSFP_DD, 6, "400GBASE-DR4",
                FecScheme.RS_544_514, 8, 53.125);
        dspWithEmls(b, "DSP-7NM-4X100", "CON-MPO12-LL", 4, 53.125, 2.0, "DRV-EML-53", "LAS-EML-1311-53", "PD-INGAAS-PIN-1311", "TIA-LIN-53");
        TransceiverDesign d = productionStudy(b.finish(70, 2.5, 6.0, 10.0), 0.35, 45.0, "TDECQ", 3.2, true);
        TradeStudy parts = study(d, "dr4-parts", "Transmitter (EML, DML, CWDM EML, CW laser with SiPh MZM or EAM), TIA and connector grade for the 500 m DR4 link");
        choice(parts, "laser", "LASER", "LAS-EML-1311-53", "LAS-DML-1311-53", "LAS-EML-CWDM-53", "LAS-CW-1311-SIPH");
        choice(parts, "modulator", "MODULATOR", "NONE", "MOD-MZM-SIPH-53", "MOD-EAM-53");
        choice(parts, "tia", "TIA", "TIA-LIN-53", "TIA-LPO-53");
        choice(parts, "connector", "CONNECTOR", "CON-MPO12-LL", "CON-MPO12-STD");
        objective(parts, Metric.MODULE_POWER_W, OptimisationSense.MINIMIZE);
        objective(parts, Metric.COST_USD, OptimisationSense.MINIMIZE);
        objective(parts, Metric.WORST_MARGIN_DB, OptimisationSense.MAXIMIZE);
        return d;
    }

    /** 800G-DR8 in OSFP: 5 nm DSP, eight EMLs, MPO-16. */
    public static TransceiverDesign dr8800G() {
        Builder b = new Builder("800g-dr8-osfp", "800G-DR8 OSFP (5 nm DSP, EML)", FormFactor.OSFP, 8, "800GBASE-DR8",
                FecScheme.RS_544_514, 8, 106.25);
        dspWithEmls(b, "DSP-5NM-8X100", "CON-MPO16-LL", 8, 53.125, 2.0, "DRV-EML-53", "LAS-EML-1311-53", "PD-INGAAS-PIN-1311", "TIA-LIN-53");
        return productionStudy(b.finish(70, 1.5, 3.0, 7.0), 0.35, 70.0, "TDECQ", 3.2, true);
    }

    /** The classic pluggable: one DSP serving every lane, an EML per lane, all lanes on one 500 m SMF channel. */
    private static void dspWithEmls(Builder b, String dspPart, String connectorPart, int lanes, double baud, double tdecq,
            String driverPart, String laserPart, String pdPart, String tiaPart) {
        Dsp dsp = b.part(dspPart, "dsp", b.dspNode);
        Channel ch = b.channel("smf", "FIB-OS1A-IEEE", 500, b.part(connectorPart, "mpo", null));
        for (int i = 0; i < lanes; i++) {
            b.lane(i, baud, tdecq, dsp, b.part(driverPart, "drv" + i, b.tosa), b.part(laserPart, "las" + i, b.tosa), null, ch,
                    b.part(pdPart, "pd" + i, b.rosa), b.part(tiaPart, "tia" + i, b.rosa));
        }
    }

    /** 800G linear-drive (LPO) in OSFP: no DSP; SiPh MZMs fed by two CW lasers (4 lanes each), linear driver/TIA. */
    public static TransceiverDesign lpo800G() {
        Builder b = new Builder("800g-lpo-osfp", "800G-DR8 linear-drive LPO OSFP (no DSP, SiPh)", FormFactor.OSFP, 8, "800GBASE-DR8",
                FecScheme.RS_544_514, 8, 106.25);
        Channel ch = b.channel("smf", "FIB-OS1A-IEEE", 500, b.part("CON-MPO16-LL", "mpo", null));
        Laser[] cw = {b.part("LAS-CW-1311-SIPH-TEC", "cw0", b.tosa), b.part("LAS-CW-1311-SIPH-TEC", "cw1", b.tosa)};
        for (int i = 0; i < 8; i++) {
            b.lane(i, 53.125, 2.4, null, b.part("DRV-LIN-53", "drv" + i, b.tosa), cw[i / 4], b.part("MOD-MZM-SIPH-53", "mzm" + i, b.tosa), ch,
                    b.part("PD-GE-WG-O", "pd" + i, b.rosa), b.part("TIA-LPO-53", "tia" + i, b.rosa));
        }
        return productionStudy(b.finish(70, 1.5, 3.0, 7.0), 0.35, 55.0, "TDECQ", 3.2, true);
    }

    /**
     * 1.6T-DR8 in OSFP: 3 nm DSP, 200G/lane EMLs. 1.6TBASE-DR8 is 802.3dj clause 180: 106.25 GBd PAM4 with the host's
     * RS(544,514) only (the inner Hamming code belongs to the 2 km -2 PMDs of clause 181, at 113.4375 GBd).
     */
    public static TransceiverDesign dr81600G() {
        Builder b = new Builder("1p6t-dr8-osfp", "1.6T-DR8 OSFP (3 nm DSP, 200G/lane EML)", FormFactor.OSFP, 8, "1.6TBASE-DR8",
                FecScheme.RS_544_514, 8, 212.5);
        dspWithEmls(b, "DSP-3NM-8X200", "CON-MPO16-LL", 8, 106.25, 2.5, "DRV-MZM-113", "LAS-EML-1311-113", "PD-INGAAS-PIN-113", "TIA-LIN-113");
        TransceiverDesign d = productionStudy(b.finish(70, 1.0, 2.0, 5.0), 0.3, 110.0, "TX_OMA", 0.0, false);
        TradeStudy tx = study(d, "dr8-200g-transmitter", "DSP process node and 200G/lane transmitter (EML, or SiPh MZM fed by CW lasers) for the 500 m DR8 link");
        choice(tx, "dsp-node", "DSP", "DSP-3NM-8X200", "DSP-5NM-8X200");
        choice(tx, "laser", "LASER", "LAS-EML-1311-113", "LAS-CW-1311-SIPH");
        choice(tx, "modulator", "MODULATOR", "NONE", "MOD-MZM-SIPH-113");
        objective(tx, Metric.MODULE_POWER_W, OptimisationSense.MINIMIZE);
        objective(tx, Metric.COST_USD, OptimisationSense.MINIMIZE);
        objective(tx, Metric.WORST_MARGIN_DB, OptimisationSense.MAXIMIZE);
        constraint(tx, Metric.WORST_MARGIN_DB, ConstraintOperator.GE, 0.5);
        return d;
    }

    /**
     * 51.2T co-packaged optics engine: 512 lanes of 100G driven directly by the switch SerDes (no DSP), micro-ring
     * modulators fed by 32 external laser sources (16 lanes each), 64 DR8 ports over fibre attach units.
     */
    public static TransceiverDesign cpo51200G() {
        Builder b = new Builder("51p2t-cpo-engine", "51.2T co-packaged optics engine (512 x 100G, external lasers)",
                FormFactor.CPO_ENGINE, 0, "800GBASE-DR8", FecScheme.RS_544_514, 512, 106.25);
        b.design.setDescription("Power is compared per 800G port with published CPO figures; a CPO engine has no MSA power class.");
        Laser[] els = new Laser[32];
        for (int i = 0; i < els.length; i++) {
            els[i] = b.part("LAS-ELS-1311-16", "els" + i, b.els);
        }
        for (int port = 0; port < 64; port++) {
            Channel ch = b.channel("port" + port, "FIB-OS1A-IEEE", 500, b.part("CON-FAU-CPO", "fau" + port, null));
            for (int k = 0; k < 8; k++) {
                int i = port * 8 + k;
                b.lane(i, 53.125, 2.2, null, b.part("DRV-CPO-53", "drv" + i, b.tosa), els[i / 16], b.part("MOD-MRM-CPO-53", "mrm" + i, b.tosa), ch,
                        b.part("PD-GE-WG-O", "pd" + i, b.rosa), b.part("TIA-CPO-53", "tia" + i, b.rosa));
            }
        }
        // its lanes fail on OMA - TDECQ, so that is what its production test screens: the worst lane at the 800GBASE-DR8
        // minimum (-1.9 dBm below ER 5 dB) plus one measurement sigma of guard band (example assumption, L)
        return productionStudy(b.finish(70, 0.05, 0.1, 0.2, 0.2, "MCU-CPO", "PWR-DCDC-CPO"), 0.3, 900.0, "OMA_MINUS_TDECQ", -1.8, false);
    }

    /**
     * The production side of an example, so {@code lightwork yield} works out of the box: each lane's TDECQ varies
     * (normal, truncated at 0.5 dB), parts take the catalogue's default tolerances (data/tolerances.csv), the module must
     * pass at the cold and hot case corners, and one production test limit with 0.1 dB measurement repeatability.
     * The spreads and costs are example assumptions (confidence L), to be replaced with the line's own data.
     */
    private static TransceiverDesign productionStudy(TransceiverDesign design, double tdecqSigmaDb, double assemblyTestUsd, String testTerm,
            double testLimit, boolean upperLimit) {
        Tolerance tdecq = F.createTolerance();
        tdecq.getElements().addAll(design.getLanes());
        tdecq.setAttribute("tdecqDb");
        tdecq.setDistribution(Distribution.TRUNCATED_NORMAL);
        tdecq.setSigma(tdecqSigmaDb);
        tdecq.setMin(0.5);
        tdecq.setSource("example assumption (L): transmitter TDECQ lot spread around the design value");
        design.getTolerances().add(tdecq);
        YieldStudy study = F.createYieldStudy();
        study.setSamples(10_000);
        study.setSeed(1L);
        study.setSampling(SamplingMethod.MONTE_CARLO);
        study.setCatalogueTolerances(true);
        study.setVolume(100_000);
        study.setAssemblyTestCostUsd(assemblyTestUsd);
        for (double caseC : new double[] {design.getCaseTemperatureMinC(), design.getCaseTemperatureMaxC()}) {
            OperatingCorner corner = F.createOperatingCorner();
            corner.setId("case-" + (int) caseC + "C");
            corner.setName("Case " + (int) caseC + " C");
            corner.setCaseTemperatureC(caseC);
            study.getCorners().add(corner);
        }
        TestLimit test = F.createTestLimit();
        test.setTerm(testTerm);
        test.setLimit(testLimit);
        test.setUpperLimit(upperLimit);
        test.setMeasurementSigma(0.1);
        study.getTestLimits().add(test);
        design.setYieldStudy(study);
        return design;
    }

    /** A trade study of {@code design}, so {@code lightwork explore} and the Trade Study view work on the example as shipped. */
    private static TradeStudy study(TransceiverDesign design, String id, String description) {
        TradeStudy s = F.createTradeStudy();
        s.setId(id);
        s.setName(id);
        s.setDescription(description);
        design.getTradeStudies().add(s);
        return s;
    }

    private static void choice(TradeStudy study, String id, String slot, String... options) {
        variable(study, id, VariableKind.CATALOG_CHOICE, slot, options);
    }

    private static void variable(TradeStudy study, String id, VariableKind kind, String slot, String... options) {
        DesignVariable v = F.createDesignVariable();
        v.setId(id); // the solver names the variable by its id (tables, JSON); unique within the design
        v.setName(id);
        v.setKind(kind);
        v.setSlot(slot);
        v.getOptions().addAll(List.of(options));
        study.getVariables().add(v);
    }

    private static void objective(TradeStudy study, Metric metric, OptimisationSense sense) {
        Objective o = F.createObjective();
        o.setMetric(metric);
        o.setSense(sense);
        study.getObjectives().add(o);
    }

    private static void constraint(TradeStudy study, Metric metric, ConstraintOperator operator, double bound) {
        DesignConstraint c = F.createDesignConstraint();
        c.setMetric(metric);
        c.setOperator(operator);
        c.setBound(bound);
        study.getConstraints().add(c);
    }

    /** Assembles one design: parts from the catalogue, the usual thermal nodes, lanes wired end to end. */
    private static final class Builder {
        final ReferenceLibrary lib = ReferenceLibrary.load();
        final TransceiverDesign design = F.createTransceiverDesign();
        final ThermalNetwork thermal = F.createThermalNetwork();
        final ThermalNode caseNode;
        final ThermalNode dspNode;
        final ThermalNode tosa;
        final ThermalNode rosa;
        final ThermalNode els;
        final ThermalNode board;

        Builder(String id, String name, FormFactor ff, int msaClass, String pmd, FecScheme fec, int hostLanes, double hostRate) {
            design.setId(id);
            design.setName(name);
            design.setFormFactor(ff);
            design.setMsaPowerClass(msaClass);
            design.setOpticalPmd(pmd);
            design.setFec(fec);
            design.setCaseTemperatureMinC(0.0);
            design.setCaseTemperatureMaxC(70.0);
            design.setRequiredMarginDb(0.0);
            design.setTargetPostFecBer(1.0e-13);
            HostInterface host = F.createHostInterface();
            host.setLaneCount(hostLanes);
            host.setLaneRateGbps(hostRate);
            host.setModulation(Modulation.PAM4);
            design.setHostInterface(host);
            design.setThermalNetwork(thermal);
            caseNode = node("case", "Module case", ThermalNodeKind.CASE, true, 70.0, null);
            dspNode = node("tj-dsp", "DSP junction", ThermalNodeKind.JUNCTION, false, null, 105.0);
            tosa = node("tj-tosa", "Transmitter optical sub-assembly (lasers, drivers, modulators)", ThermalNodeKind.JUNCTION, false, null, 85.0);
            rosa = node("tj-rosa", "Receiver optical sub-assembly (detectors, TIAs)", ThermalNodeKind.JUNCTION, false, null, 95.0);
            els = node("tj-els", "External laser source", ThermalNodeKind.JUNCTION, false, null, 85.0);
            board = node("board", "Module board (MCU, DC-DC)", ThermalNodeKind.SUBSTRATE, false, null, 105.0);
        }

        private ThermalNode node(String id, String name, ThermalNodeKind kind, boolean boundary, Double t, Double limit) {
            ThermalNode n = F.createThermalNode();
            n.setId(id);
            n.setName(name);
            n.setKind(kind);
            n.setBoundary(boundary);
            n.setTemperatureC(t);
            n.setLimitC(limit);
            return n;
        }

        @SuppressWarnings("unchecked")
        <T extends Component> T part(String partId, String id, ThermalNode node) {
            T c = (T) PartFactory.create(lib.requirePart(partId), id);
            c.setThermalNode(node);
            design.getComponents().add(c);
            return c;
        }

        Channel channel(String id, String fibrePart, double lengthM, Connector connector) {
            Channel ch = PartFactory.channel(lib.requirePart(fibrePart), id, lengthM);
            ch.getConnectors().add(connector);
            design.getChannels().add(ch);
            return ch;
        }

        void lane(int index, double baud, double tdecq, Dsp dsp, Driver driver, Laser laser, Modulator modulator, Channel ch,
                Photodetector pd, Tia tia) {
            Lane lane = F.createLane();
            lane.setId("lane" + index);
            lane.setName("Lane " + index);
            lane.setIndex(index);
            lane.setModulation(Modulation.PAM4);
            lane.setBaudGbd(baud);
            lane.setTdecqDb(tdecq);
            lane.setDsp(dsp);
            lane.setDriver(driver);
            lane.setLaser(laser);
            lane.setModulator(modulator);
            lane.setChannel(ch);
            lane.setPhotodetector(pd);
            lane.setTia(tia);
            design.getLanes().add(lane);
        }

        TransceiverDesign finish(double caseTempC, double dspK, double tosaK, double rosaK) {
            return finish(caseTempC, dspK, tosaK, rosaK, 10.0, "MCU-CMIS", "PWR-DCDC-90");
        }

        /** Adds MCU and DC-DC, keeps only the thermal nodes in use, and connects each to the case. */
        TransceiverDesign finish(double caseTempC, double dspK, double tosaK, double rosaK, double boardK, String mcu, String converter) {
            part(mcu, "mcu", board);
            part(converter, "dcdc", board);
            caseNode.setTemperatureC(caseTempC);
            thermal.getNodes().add(caseNode);
            Map<ThermalNode, Double> toCase = new LinkedHashMap<>();
            toCase.put(dspNode, dspK);
            toCase.put(tosa, tosaK);
            toCase.put(rosa, rosaK);
            toCase.put(els, tosaK);
            toCase.put(board, boardK);
            for (Map.Entry<ThermalNode, Double> e : toCase.entrySet()) {
                if (design.getComponents().stream().noneMatch(c -> c.getThermalNode() == e.getKey())) {
                    continue;
                }
                ThermalNode n = e.getKey();
                n.setDescription(THERMAL_ASSUMPTION);
                thermal.getNodes().add(n);
                ThermalPath path = F.createThermalPath();
                path.setFrom(n);
                path.setTo(caseNode);
                path.setResistanceKPerW(e.getValue());
                thermal.getPaths().add(path);
            }
            return design;
        }
    }

    /** Every template id, for wizards and tests. */
    public static List<String> templateIds() {
        return List.copyOf(TEMPLATES.keySet());
    }
}
