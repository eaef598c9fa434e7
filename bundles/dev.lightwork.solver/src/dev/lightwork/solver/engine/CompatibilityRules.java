package dev.lightwork.solver.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lightwork.model.Component;
import dev.lightwork.model.Driver;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LaserType;
import dev.lightwork.model.Modulation;
import dev.lightwork.model.Tia;
import dev.lightwork.model.TransceiverDesign;

/**
 * Part combinations the validators accept but no engineer would build: a part slower than its lane's symbol rate
 * (catalogue max_baud_gbd), a DSP with fewer lanes or a lower lane rate than it serves, an external modulator on a
 * laser that modulates itself, a CW laser without a modulator. The solver excludes them; the values come from the
 * parts (i.e. the catalogue), not from constants here.
 */
final class CompatibilityRules {

    private CompatibilityRules() {
    }

    static List<String> problems(TransceiverDesign d) {
        List<String> out = new ArrayList<>();
        Map<Dsp, Integer> dspLanes = new IdentityHashMap<>();
        for (Lane lane : d.getLanes()) {
            Double baud = lane.getBaudGbd();
            if (baud != null) {
                check(out, lane, lane.getLaser(), lane.getLaser() == null ? null : lane.getLaser().getMaxBaudGbd(), baud);
                check(out, lane, lane.getModulator(), lane.getModulator() == null ? null : lane.getModulator().getMaxBaudGbd(), baud);
                Driver drv = lane.getDriver();
                check(out, lane, drv, drv == null ? null : drv.getMaxBaudGbd(), baud);
                Tia tia = lane.getTia();
                check(out, lane, tia, tia == null ? null : tia.getMaxBaudGbd(), baud);
            }
            if (lane.getLaser() != null) {
                boolean cw = lane.getLaser().getLaserType() == LaserType.CW_DFB;
                if (cw && lane.getModulator() == null) {
                    out.add("lane " + lane.getId() + ": CW laser " + lane.getLaser().getId() + " needs an external modulator");
                } else if (!cw && lane.getModulator() != null) {
                    out.add("lane " + lane.getId() + ": " + lane.getLaser().getLaserType() + " laser " + lane.getLaser().getId()
                            + " modulates itself; external modulator " + lane.getModulator().getId() + " does not fit");
                }
            }
            Dsp dsp = lane.getDsp();
            if (dsp != null) {
                dspLanes.merge(dsp, 1, Integer::sum);
                double lineRate = baud == null ? 0 : baud * (lane.getModulation() == Modulation.NRZ ? 1 : 2);
                if (dsp.getLaneRateGbps() != null && dsp.getLaneRateGbps() < lineRate - 1e-9) {
                    out.add(String.format(Locale.ROOT, "lane %s: DSP %s (%s) runs %.3f Gb/s per lane, the lane needs %.3f Gb/s",
                            lane.getId(), dsp.getId(), dsp.getCatalogPart(), dsp.getLaneRateGbps(), lineRate));
                }
            }
        }
        dspLanes.forEach((dsp, n) -> {
            if (dsp.getLaneCount() != null && dsp.getLaneCount() < n) {
                out.add("DSP " + dsp.getId() + " (" + dsp.getCatalogPart() + ") has " + dsp.getLaneCount() + " lanes but serves " + n);
            }
        });
        return out;
    }

    private static void check(List<String> out, Lane lane, Component part, Double maxBaud, double baud) {
        if (part != null && maxBaud != null && maxBaud < baud - 1e-9) {
            out.add(String.format(Locale.ROOT, "lane %s: %s (%s) is rated to %.2f GBd, the lane runs %.4f GBd",
                    lane.getId(), part.getId(), part.getCatalogPart(), maxBaud, baud));
        }
    }
}
