package dev.lightwork.solver.tests;

import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.ConstraintOperator;
import dev.lightwork.model.Metric;
import dev.lightwork.model.OptimisationSense;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.solver.StudyBuilder;

/** Shared designs and studies: small spaces brute force can check in a second or two. */
final class Fixtures {

    static final DesignAnalyzer ANALYZER = new DesignAnalyzer(ReferenceLibrary.load());

    private Fixtures() {
    }

    /** 400G-DR4 transmitter/receiver choices: 4 x 3 x 2 x 2 x 2 = 96 designs, EML/DML/CW+modulator pairs. */
    static TradeStudy dr4Parts() {
        return new StudyBuilder("dr4-parts")
                .choice("laser", "LASER", "LAS-EML-1311-53", "LAS-DML-1311-53", "LAS-EML-CWDM-53", "LAS-CW-1311-SIPH")
                .choice("modulator", "MODULATOR", "NONE", "MOD-MZM-SIPH-53", "MOD-EAM-53")
                .choice("tia", "TIA", "TIA-LIN-53", "TIA-LPO-53")
                .choice("connector", "CONNECTOR", "CON-MPO12-LL", "CON-MPO12-STD")
                .reach("reach", "500", "2000")
                .minimise(Metric.MODULE_POWER_W).minimise(Metric.COST_USD).maximise(Metric.WORST_MARGIN_DB)
                .build();
    }

    /**
     * 800G-DR8: DSP or linear drive, driver, TIA, form factor; 3 x 3 x 2 x 2 = 36 designs; power and cost against
     * the TIA bandwidth (a named attribute).
     */
    static TradeStudy dr8Architecture() {
        return new StudyBuilder("dr8-architecture")
                .choice("dsp", "DSP", "DSP-5NM-8X100", "NONE", "DSP-7NM-8X50")
                .choice("driver", "DRIVER", "DRV-EML-53", "DRV-LIN-53", "DRV-MZM-53")
                .choice("tia", "TIA", "TIA-LIN-53", "TIA-LPO-53")
                .formFactor("formFactor", "OSFP", "QSFP_DD")
                .minimise(Metric.MODULE_POWER_W).minimise(Metric.COST_USD)
                .objective(Metric.ATTRIBUTE, OptimisationSense.MAXIMIZE, "TIA.bandwidthGhz")
                .constraint(Metric.WORST_MARGIN_DB, ConstraintOperator.GE, 0.5)
                .build();
    }

    /** The 400G-DR4 example without its shipped study (tests add their own; ids must stay unique in one design). */
    static TransceiverDesign dr4() {
        TransceiverDesign d = ReferenceDesigns.dr4400G();
        d.getTradeStudies().clear();
        return d;
    }

    static TransceiverDesign dr8() {
        return ReferenceDesigns.dr8800G();
    }
}
