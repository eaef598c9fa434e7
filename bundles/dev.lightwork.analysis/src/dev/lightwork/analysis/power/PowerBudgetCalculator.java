package dev.lightwork.analysis.power;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lightwork.library.PowerClass;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.Component;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.HostInterface;
import dev.lightwork.model.Lane;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.TransceiverDesign;

/** Computes the {@link PowerBudget} of a design; bad values become problems naming element and value. */
public final class PowerBudgetCalculator {

    /**
     * Line rate over nominal rate of 100G-per-lane Ethernet: 106.25 = 100 x 1.0625 (256b/257b transcoding and
     * RS(544,514), IEEE 802.3 cl.91/119; domain notes "lane-rate arithmetic"), used for pJ/bit per nominal bit.
     */
    static final double LINE_TO_NOMINAL = 1.0625;

    private final ReferenceLibrary library;

    public PowerBudgetCalculator(ReferenceLibrary library) {
        this.library = library;
    }

    public PowerBudget compute(TransceiverDesign design) {
        List<String> problems = new ArrayList<>();
        Map<String, Double> componentW = new LinkedHashMap<>();
        Map<Component, Integer> users = new IdentityHashMap<>();
        for (Lane lane : design.getLanes()) {
            for (Component c : partsOf(lane)) {
                users.merge(c, 1, Integer::sum);
            }
        }
        double load = 0;
        double efficiency = 1.0;
        for (Component c : design.getComponents()) {
            if (c instanceof PowerConverter converter) {
                Double eta = converter.getEfficiency();
                if (eta == null || !(eta > 0 && eta <= 1)) {
                    problems.add(converter.getId() + ".efficiency = " + eta + " must be in (0, 1]");
                } else {
                    efficiency = eta;
                }
                continue;
            }
            double w = watts(problems, c);
            componentW.put(c.getId(), w);
            load += w;
        }
        Map<String, Double> laneW = new LinkedHashMap<>();
        double laneSum = 0;
        for (Lane lane : design.getLanes()) {
            double w = 0;
            for (Component c : partsOf(lane)) {
                w += watts(null, c) / users.get(c);
            }
            laneW.put(lane.getId(), w);
            laneSum += w;
        }
        double total = moduleW(load, efficiency);
        double nominal = nominalGbps(problems, design);
        double pj = total / (nominal * 1e9) * 1e12;
        double limit = Double.NaN;
        String source = null;
        if (design.getFormFactor() != FormFactor.CPO_ENGINE) {
            Optional<PowerClass> cls = library.powerClass(design.getFormFactor(), design.getMsaPowerClass() == null ? -1 : design.getMsaPowerClass());
            if (cls.isPresent()) {
                limit = cls.get().maxPowerW();
                source = cls.get().provenance().toString();
            } else {
                problems.add("design " + design.getId() + ": no MSA power class " + design.getMsaPowerClass() + " for "
                        + ReferenceLibrary.formFactorName(design.getFormFactor()) + " in the reference library");
            }
        }
        return new PowerBudget(componentW, laneW, load - laneSum, load, efficiency, total - load, total, nominal, pj, limit, source,
                List.copyOf(problems));
    }

    /** Module power drawn from the host: the parts' load plus the DC-DC conversion loss (efficiency in (0, 1]). */
    public static double moduleW(double loadW, double converterEfficiency) {
        return loadW / converterEfficiency;
    }

    /** A part's power as the budget counts it: a finite, non-negative mW figure (else the part is an input problem). */
    public static boolean isValidPowerMw(double mw) {
        return Double.isFinite(mw) && mw >= 0;
    }

    private static double nominalGbps(List<String> problems, TransceiverDesign design) {
        HostInterface host = design.getHostInterface();
        if (host == null || host.getLaneCount() == null || host.getLaneRateGbps() == null || host.getLaneCount() <= 0
                || !(host.getLaneRateGbps() > 0)) {
            problems.add("design " + design.getId() + ": host interface lane count and rate are needed for pJ/bit");
            return Double.NaN;
        }
        return host.getLaneCount() * host.getLaneRateGbps() / LINE_TO_NOMINAL;
    }

    private static double watts(List<String> problems, Component c) {
        Double mw = c.getPowerMw();
        if (mw == null) {
            return 0.0; // passive part (connector, detector)
        }
        if (!isValidPowerMw(mw)) {
            if (problems != null) {
                problems.add(c.getId() + ".powerMw = " + mw + " is not a valid power");
            }
            return 0.0;
        }
        return mw / 1000.0;
    }

    /** The distinct parts a lane uses (a laser shared with the modulator's lane counts once per lane). */
    static List<Component> partsOf(Lane lane) {
        List<Component> parts = new ArrayList<>();
        for (Component c : new Component[] {lane.getDsp(), lane.getDriver(), lane.getLaser(), lane.getModulator(), lane.getMux(),
                lane.getDemux(), lane.getPhotodetector(), lane.getTia()}) {
            if (c != null && parts.stream().noneMatch(p -> p == c)) {
                parts.add(c);
            }
        }
        return parts;
    }
}
