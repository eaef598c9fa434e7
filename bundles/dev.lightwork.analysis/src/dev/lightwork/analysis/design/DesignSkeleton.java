package dev.lightwork.analysis.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;

import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.library.CatalogPart;
import dev.lightwork.library.PartFactory;
import dev.lightwork.library.PartKind;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.PowerClass;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.HostInterface;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LaserType;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.Modulation;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TransceiverDesign;

/**
 * A new design's starting point from four choices (form factor, optical PMD, host lanes x rate, FEC): every lane wired
 * to catalogue parts that suit the PMD (wavelength, fibre, baud rate), a channel at the PMD's maximum reach, a DSP where
 * the catalogue has one for the PMD's lanes, and a thermal network (case, DSP, transmitter, receiver and board nodes).
 * The MSA power class is the lowest of the form factor that holds the module's power, so what the wizard offers
 * validates without errors (a test checks every PMD and form factor it offers). Thermal resistances and a TDECQ the PMD
 * does not bound are stated assumptions (data/link-model.csv, confidence L).
 */
public final class DesignSkeleton {

    /** The host (electrical) interface: lane count and line rate per lane in Gb/s. */
    public record HostLanes(int lanes, double rateGbps) {
        /** "8 x 53.125 Gb/s (8 x 50G)". */
        public String label() {
            return String.format(Locale.ROOT, "%d x %s Gb/s (%d x %dG)", lanes, trim(rateGbps), lanes, nominalGbps(rateGbps));
        }
    }

    /** The four answers of the wizard. */
    public record Choice(FormFactor formFactor, String pmdId, HostLanes host, FecScheme fec) {
    }

    /** Electrical line rates per host lane (25G, 50G, 100G, 200G PAM4/NRZ SerDes). */
    private static final double[] HOST_RATES_GBPS = {26.5625, 53.125, 106.25, 212.5};
    /** Line rate to nominal rate: 64b/66b to 256b/257b transcoding plus RS(544,514) overhead (802.3 clause 119). */
    private static final double LINE_TO_NOMINAL = 1.0625;
    private static final String ASSUMPTION = "Thermal resistance is an assumption (no published value found, data/link-model.csv); "
            + "replace with the package's measured value.";
    private static final LightworkFactory F = LightworkFactory.eINSTANCE;

    private final DesignAnalyzer analyzer;
    private final ReferenceLibrary library;

    public DesignSkeleton(DesignAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.library = analyzer.library();
    }

    /**
     * The PMDs of the reference library a skeleton can be built for, in table order: the catalogue has every part a
     * lane needs and, with the PMD's FEC, those parts meet the PMD's limits (see {@link #unavailable(PmdSpec)}).
     */
    public List<PmdSpec> pmds() {
        return library.pmds().stream().filter(p -> unavailable(p).isEmpty()).toList();
    }

    /**
     * Why no skeleton is offered for {@code pmd} (the wizard lists the PMD with this reason), or empty: a part the
     * catalogue lacks, or catalogue parts that do not meet the PMD's limits (e.g. no laser bright enough after a WDM
     * mux); the catalogue, not the skeleton, is where such a part is added.
     */
    public Optional<String> unavailable(PmdSpec pmd) {
        Optional<String> missing = missingPart(pmd);
        if (missing.isPresent()) {
            return missing;
        }
        List<HostLanes> hosts = hostLanes(pmd);
        if (hosts.isEmpty()) {
            return Optional.of(pmd.id() + ": no standard host interface carries its rate.");
        }
        return errors(new Choice(FormFactor.CPO_ENGINE, pmd.id(), hosts.get(0), fecs(pmd).get(0)))
                .map(e -> pmd.id() + ": the catalogue's parts do not meet its limits (" + e + ")");
    }

    /** Host interfaces carrying the PMD's aggregate rate: 1 to 16 lanes of a standard electrical rate. */
    public List<HostLanes> hostLanes(PmdSpec pmd) {
        int aggregate = pmd.lanes() * nominalGbps(laneRateGbps(pmd));
        List<HostLanes> out = new ArrayList<>();
        for (double rate : HOST_RATES_GBPS) {
            int per = nominalGbps(rate);
            if (aggregate % per == 0 && aggregate / per >= 1 && aggregate / per <= 16) {
                out.add(new HostLanes(aggregate / per, rate));
            }
        }
        // the PMD's own lane rate first is the usual choice for 100G/lane and above; 8 lanes is the QSFP-DD/OSFP connector
        out.sort(Comparator.comparingInt((HostLanes h) -> h.lanes() == 8 ? 0 : 1).thenComparingInt(h -> Math.abs(h.lanes() - 8)));
        return out;
    }

    /** The FEC the PMD is specified with, first; then the other schemes (the wizard says what a change gives). */
    public List<FecScheme> fecs(PmdSpec pmd) {
        List<FecScheme> out = new ArrayList<>();
        out.add(PartFactory.fec(pmd.fec()));
        for (FecScheme f : FecScheme.VALUES) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Form factors the PMD can be built in: a CPO engine always, a pluggable when one of its MSA classes holds the module. */
    public List<FormFactor> formFactors(PmdSpec pmd) {
        List<FormFactor> out = new ArrayList<>();
        HostLanes host = hostLanes(pmd).get(0);
        FecScheme fec = fecs(pmd).get(0);
        for (FormFactor ff : FormFactor.VALUES) {
            if (ff == FormFactor.CPO_ENGINE || lowestClass(ff, moduleW(new Choice(ff, pmd.id(), host, fec))).isPresent()) {
                out.add(ff);
            }
        }
        return out;
    }

    /**
     * Why the choice does not make a design that validates without errors (the first errors, in words), or empty: the
     * wizard shows it and offers no Finish.
     */
    public Optional<String> problem(Choice choice) {
        PmdSpec pmd = library.pmd(choice.pmdId()).orElse(null);
        if (pmd == null) {
            return Optional.of("Choose an optical PMD.");
        }
        Optional<String> unavailable = unavailable(pmd);
        if (unavailable.isPresent()) {
            return unavailable;
        }
        if (choice.formFactor() != FormFactor.CPO_ENGINE && lowestClass(choice.formFactor(), moduleW(choice)).isEmpty()) {
            return Optional.of(String.format(Locale.ROOT, "No %s power class holds this %s module (%.1f W): choose a larger form factor.",
                    ReferenceLibrary.formFactorName(choice.formFactor()), pmd.id(), moduleW(choice)));
        }
        return errors(choice).map(e -> "This combination does not validate: " + e);
    }

    /** The first errors of the skeleton for {@code choice}, in words, or empty when it validates without errors. */
    private Optional<String> errors(Choice choice) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : analyzer.analyze(build("new-design", "New design", choice)).diagnostics()) {
            if (d.getSeverity() == Diagnostic.ERROR && errors.size() < 2) {
                errors.add(DesignDiagnostic.of(d).message());
            }
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
    }

    /** The skeleton design for {@code choice}, with the given id and name. */
    public TransceiverDesign build(String id, String name, Choice choice) {
        TransceiverDesign design = assemble(id, name, choice);
        if (choice.formFactor() != FormFactor.CPO_ENGINE) {
            double w = analyzer.power(design).totalW();
            lowestClass(choice.formFactor(), w).ifPresent(pc -> design.setMsaPowerClass(pc.powerClass()));
        }
        return design;
    }

    private double moduleW(Choice choice) {
        return analyzer.power(assemble("new-design", "New design", choice)).totalW();
    }

    private Optional<PowerClass> lowestClass(FormFactor ff, double totalW) {
        return library.powerClasses(ReferenceLibrary.formFactorName(ff)).stream().filter(pc -> pc.maxPowerW() >= totalW)
                .min(Comparator.comparingInt(PowerClass::powerClass));
    }

    private TransceiverDesign assemble(String id, String name, Choice choice) {
        PmdSpec pmd = library.pmd(choice.pmdId()).orElseThrow(() -> new IllegalArgumentException("unknown optical PMD " + choice.pmdId()));
        TransceiverDesign design = F.createTransceiverDesign();
        design.setId(id);
        design.setName(name);
        design.setDescription("New " + pmd.id() + " design: parts are typical catalogue values, the channel is at the PMD's maximum reach, "
                + "thermal resistances are assumptions. Replace them with your own as the design matures.");
        design.setFormFactor(choice.formFactor());
        design.setOpticalPmd(pmd.id());
        design.setFec(choice.fec());
        design.setCaseTemperatureMinC(0.0);
        design.setCaseTemperatureMaxC(70.0);
        design.setRequiredMarginDb(0.0);
        design.setTargetPostFecBer(1.0e-13);
        HostInterface host = F.createHostInterface();
        host.setLaneCount(choice.host().lanes());
        host.setLaneRateGbps(choice.host().rateGbps());
        host.setModulation(choice.host().rateGbps() < 50 ? Modulation.NRZ : Modulation.PAM4);
        design.setHostInterface(host);

        ThermalNetwork thermal = F.createThermalNetwork();
        design.setThermalNetwork(thermal);
        ThermalNode caseNode = node(thermal, "case", "Module case", ThermalNodeKind.CASE);
        caseNode.setBoundary(true);
        caseNode.setTemperatureC(design.getCaseTemperatureMaxC());
        Map<ThermalNode, String> toCase = new LinkedHashMap<>();

        double baud = pmd.value("baud_gbd").orElseThrow();
        Optional<CatalogPart> dspPart = dspFor(pmd);
        Dsp dsp = null;
        if (dspPart.isPresent()) {
            ThermalNode n = node(thermal, "tj-dsp", "DSP junction", ThermalNodeKind.JUNCTION);
            toCase.put(n, "new_design_dsp_to_case_k_per_w");
            dsp = (Dsp) part(design, dspPart.get(), "dsp", n);
        }
        ThermalNode tosa = node(thermal, "tj-tosa", "Transmitter optical sub-assembly (lasers, drivers)", ThermalNodeKind.JUNCTION);
        ThermalNode rosa = node(thermal, "tj-rosa", "Receiver optical sub-assembly (detectors, TIAs)", ThermalNodeKind.JUNCTION);
        ThermalNode board = node(thermal, "board", "Module board (MCU, DC-DC)", ThermalNodeKind.SUBSTRATE);
        toCase.put(tosa, "new_design_tosa_to_case_k_per_w");
        toCase.put(rosa, "new_design_rosa_to_case_k_per_w");
        toCase.put(board, "new_design_board_to_case_k_per_w");

        boolean mmf = "MMF".equalsIgnoreCase(pmd.fibre());
        List<PmdSpec.WavelengthWindow> grid = pmd.laneWindows();
        int perChannel = grid.isEmpty() ? pmd.lanes() : grid.size();
        CatalogPart laserPart = laserFor(pmd, baud).orElseThrow();
        double start = library.modelParameter("new_design_tdecq_db").value();
        double tdecq = Math.min(start, pmd.value("tdecq_max_db").orElse(start));
        Channel channel = null;
        Multiplexer mux = null;
        Multiplexer demux = null;
        for (int i = 0; i < pmd.lanes(); i++) {
            if (i % perChannel == 0) {
                int c = i / perChannel;
                String suffix = pmd.lanes() == perChannel ? "" : String.valueOf(c);
                channel = channel(design, pmd, "fibre" + suffix, mmf);
                if (!grid.isEmpty()) {
                    mux = (Multiplexer) part(design, muxFor("MUX", grid.size()).orElseThrow(), "mux" + suffix, tosa);
                    demux = (Multiplexer) part(design, muxFor("DEMUX", grid.size()).orElseThrow(), "demux" + suffix, rosa);
                }
            }
            Laser laser = (Laser) part(design, laserPart, "las" + i, tosa);
            double target = targetWavelengthNm(pmd, i, mmf);
            if (!Double.isNaN(target) && laser.getWavelengthNm() != null && Math.abs(laser.getWavelengthNm() - target) > windowHalfWidth(pmd, i)) {
                laser.setWavelengthNm(target); // the grid position of this lane; the part's other values stay the catalogue's
            }
            Lane lane = F.createLane();
            lane.setId("lane" + i);
            lane.setName("Lane " + i);
            lane.setIndex(i);
            lane.setModulation("NRZ".equalsIgnoreCase(pmd.modulation()) ? Modulation.NRZ : Modulation.PAM4);
            lane.setBaudGbd(baud);
            lane.setTdecqDb(tdecq);
            lane.setDsp(dsp);
            lane.setDriver((dev.lightwork.model.Driver) part(design, cheapest(PartKind.DRIVER, baud, p -> true).orElseThrow(), "drv" + i, tosa));
            lane.setLaser(laser);
            lane.setMux(mux);
            lane.setChannel(channel);
            lane.setDemux(demux);
            lane.setPhotodetector((dev.lightwork.model.Photodetector) part(design, detectorFor(baud, mmf).orElseThrow(), "pd" + i, rosa));
            lane.setTia((dev.lightwork.model.Tia) part(design, cheapest(PartKind.TIA, baud, tiaSuits(mmf)).orElseThrow(), "tia" + i, rosa));
            design.getLanes().add(lane);
        }
        library.parts(PartKind.MCU).stream().findFirst().ifPresent(p -> part(design, p, "mcu", board));
        library.parts(PartKind.POWER_CONVERTER).stream().max(Comparator.comparingDouble(p -> p.number("efficiency").orElse(0)))
                .ifPresent(p -> part(design, p, "dcdc", board));
        for (Map.Entry<ThermalNode, String> e : toCase.entrySet()) {
            ThermalNode n = e.getKey();
            n.setDescription(ASSUMPTION);
            ThermalPath path = F.createThermalPath();
            path.setFrom(n);
            path.setTo(caseNode);
            path.setResistanceKPerW(library.modelParameter(e.getValue()).value());
            thermal.getPaths().add(path);
        }
        return design;
    }

    private static ThermalNode node(ThermalNetwork thermal, String id, String name, ThermalNodeKind kind) {
        ThermalNode n = F.createThermalNode();
        n.setId(id);
        n.setName(name);
        n.setKind(kind);
        thermal.getNodes().add(n);
        return n;
    }

    private static Component part(TransceiverDesign design, CatalogPart part, String id, ThermalNode node) {
        Component c = PartFactory.create(part, id);
        c.setThermalNode(node);
        design.getComponents().add(c);
        return c;
    }

    private Channel channel(TransceiverDesign design, PmdSpec pmd, String id, boolean mmf) {
        // the catalogue's highest attenuation of the PMD's fibre type: the conservative budget value
        CatalogPart fibre = library.parts(PartKind.FIBRE).stream().filter(p -> p.text("type").equalsIgnoreCase(pmd.fibre()))
                .max(Comparator.comparingDouble(p -> p.number("attenuation_db_per_km").orElse(0))).orElseThrow();
        double lengthM = pmd.value("reach_m").orElseThrow();
        Channel ch = PartFactory.channel(fibre, id, lengthM);
        Connector connector = (Connector) PartFactory.create(connectorFor(pmd, mmf).orElseThrow(), "con-" + id);
        design.getComponents().add(connector);
        ch.getConnectors().add(connector);
        design.getChannels().add(ch);
        return ch;
    }

    /** What the catalogue lacks for this PMD (the wizard does not offer it), or empty. */
    private Optional<String> missingPart(PmdSpec pmd) {
        if (pmd.value("baud_gbd").isEmpty() || pmd.value("reach_m").isEmpty() || pmd.value("lane_rate_gbps").isEmpty()) {
            return Optional.of(pmd.id() + ": the PMD table gives no baud rate, lane rate or reach.");
        }
        double baud = pmd.value("baud_gbd").getAsDouble();
        boolean mmf = "MMF".equalsIgnoreCase(pmd.fibre());
        if (laserFor(pmd, baud).isEmpty() || cheapest(PartKind.DRIVER, baud, p -> true).isEmpty() || detectorFor(baud, mmf).isEmpty()
                || cheapest(PartKind.TIA, baud, tiaSuits(mmf)).isEmpty() || connectorFor(pmd, mmf).isEmpty()
                || library.parts(PartKind.FIBRE).stream().noneMatch(p -> p.text("type").equalsIgnoreCase(pmd.fibre()))
                || (!pmd.laneWindows().isEmpty() && (muxFor("MUX", pmd.laneWindows().size()).isEmpty() || muxFor("DEMUX", pmd.laneWindows().size()).isEmpty()))) {
            return Optional.of(pmd.id() + ": the catalogue has no directly modulated laser, driver, detector, TIA, connector or mux for it.");
        }
        return Optional.empty();
    }

    /** A directly modulated laser (EML, DML or VCSEL: no separate modulator) fast enough, in the PMD's band; EML first. */
    private Optional<CatalogPart> laserFor(PmdSpec pmd, double baud) {
        boolean mmf = "MMF".equalsIgnoreCase(pmd.fibre());
        double target = targetWavelengthNm(pmd, 0, mmf);
        return library.parts(PartKind.LASER).stream()
                .filter(p -> !LaserType.CW_DFB.getLiteral().equals(p.text("type")))
                .filter(p -> p.number("max_baud_gbd").orElse(0) >= baud)
                .filter(p -> mmf == (p.number("wavelength_nm").orElse(0) < 1000))
                .min(Comparator.comparingDouble((CatalogPart p) -> p.number("max_baud_gbd").orElse(0))
                        .thenComparingInt(p -> LaserType.EML.getLiteral().equals(p.text("type")) ? 0 : 1)
                        .thenComparingDouble(p -> Double.isNaN(target) ? 0 : Math.abs(p.number("wavelength_nm").orElse(0) - target)));
    }

    /** Centre of the lane's grid window, else of the PMD's range; NaN when the PMD gives neither (single-wavelength SMF or MMF). */
    private static double targetWavelengthNm(PmdSpec pmd, int lane, boolean mmf) {
        if (!pmd.laneWindows().isEmpty()) {
            PmdSpec.WavelengthWindow w = pmd.laneWindows().get(lane % pmd.laneWindows().size());
            return (w.minNm() + w.maxNm()) / 2;
        }
        if (pmd.value("wavelength_min_nm").isPresent() && pmd.value("wavelength_max_nm").isPresent()) {
            return (pmd.value("wavelength_min_nm").getAsDouble() + pmd.value("wavelength_max_nm").getAsDouble()) / 2;
        }
        return Double.NaN;
    }

    private static double windowHalfWidth(PmdSpec pmd, int lane) {
        if (!pmd.laneWindows().isEmpty()) {
            PmdSpec.WavelengthWindow w = pmd.laneWindows().get(lane % pmd.laneWindows().size());
            return (w.maxNm() - w.minNm()) / 2;
        }
        return (pmd.value("wavelength_max_nm").orElse(0) - pmd.value("wavelength_min_nm").orElse(0)) / 2;
    }

    /** The part of {@code kind} fast enough for {@code baud} with the lowest rating, then the lowest power. */
    private Optional<CatalogPart> cheapest(PartKind kind, double baud, Predicate<CatalogPart> suits) {
        return library.parts(kind).stream().filter(suits).filter(p -> p.number("max_baud_gbd").orElse(0) >= baud)
                .min(Comparator.comparingDouble((CatalogPart p) -> p.number("max_baud_gbd").orElse(0))
                        .thenComparingDouble(p -> p.number("power_mw").orElse(0)));
    }

    /** Multimode TIAs (named for VCSEL links) for multimode PMDs, the others for single-mode. */
    private static Predicate<CatalogPart> tiaSuits(boolean mmf) {
        return p -> mmf == p.id().contains("VCSEL");
    }

    /**
     * A PIN detector whose bandwidth reaches half the baud rate (Nyquist), in the PMD's band (the catalogue names 850 nm
     * parts by their wavelength), with the highest responsivity.
     */
    private Optional<CatalogPart> detectorFor(double baud, boolean mmf) {
        return library.parts(PartKind.PHOTODETECTOR).stream()
                .filter(p -> "PIN".equals(p.text("type")))
                .filter(p -> mmf == (p.name().contains("850") || p.id().contains("850")))
                .filter(p -> p.number("bandwidth_ghz").orElse(0) >= baud / 2)
                .max(Comparator.comparingDouble(p -> p.number("responsivity_a_per_w").orElse(0)));
    }

    /** Duplex LC for a single-fibre-pair (WDM or one lane) channel, else an MPO with a fibre pair per lane; lowest loss. */
    private Optional<CatalogPart> connectorFor(PmdSpec pmd, boolean mmf) {
        int fibrePairs = pmd.laneWindows().isEmpty() ? pmd.lanes() : 1;
        String type = fibrePairs == 1 ? "LC" : fibrePairs <= 4 ? "MPO12" : "MPO16";
        return library.parts(PartKind.CONNECTOR).stream().filter(p -> type.equals(p.text("type")))
                .min(Comparator.comparingDouble(p -> p.number("insertion_loss_db").orElse(Double.MAX_VALUE)));
    }

    private Optional<CatalogPart> muxFor(String direction, int channels) {
        return library.parts(PartKind.MUX).stream().filter(p -> direction.equals(p.text("type")))
                .filter(p -> p.number("channels").orElse(0) == channels)
                .min(Comparator.comparingDouble(p -> p.number("insertion_loss_db").orElse(Double.MAX_VALUE)));
    }

    /** A DSP with at least the PMD's lanes at its lane rate, the FEC it is specified with preferred, then the fewest lanes and least power. */
    private Optional<CatalogPart> dspFor(PmdSpec pmd) {
        double rate = laneRateGbps(pmd);
        return library.parts(PartKind.DSP).stream()
                .filter(p -> Math.abs(p.number("lane_rate_gbps").orElse(0) - rate) < 1e-9)
                .filter(p -> p.number("lanes").orElse(0) >= pmd.lanes())
                .min(Comparator.comparingInt((CatalogPart p) -> p.text("fec").equals(pmd.fec()) ? 0 : 1)
                        .thenComparingDouble(p -> p.number("lanes").orElse(0)).thenComparingDouble(p -> p.number("power_mw").orElse(0)));
    }

    private static double laneRateGbps(PmdSpec pmd) {
        return pmd.value("lane_rate_gbps").orElse(Double.NaN);
    }

    /** 53.125 -> 50, 106.25 -> 100, 226.875 (with the inner code) -> 200: the Ethernet rate a lane carries. */
    static int nominalGbps(double lineRateGbps) {
        // Ethernet lane rates double (25, 50, 100, 200G): the nearest one, so an inner code's overhead rounds away
        long doublings = Math.max(0, Math.round(Math.log(lineRateGbps / LINE_TO_NOMINAL / 25.0) / Math.log(2)));
        return 25 << doublings;
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
    }
}
