package dev.lightwork.analysis.tests.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.lightwork.analysis.validation.DesignRule;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.Lane;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalNodeKind;
import dev.lightwork.model.TransceiverDesign;

/**
 * One fixture per rule: the smallest change to the 400G-DR4 reference design that breaks exactly that rule (its
 * neighbours in the table stay quiet). Adding a rule to {@link DesignRule}: add its fixture here, next to its row's
 * neighbours; {@code RuleTableTest} fails until every rule has one.
 */
final class RuleFixtures {

    /** A named change to a fresh reference design. */
    record Fixture(String change, Consumer<TransceiverDesign> mutation) {
        TransceiverDesign design() {
            TransceiverDesign d = ReferenceDesigns.dr4400G();
            mutation.accept(d);
            return d;
        }

        @Override
        public String toString() {
            return change;
        }
    }

    static final Map<DesignRule, Fixture> ALL = new EnumMap<>(DesignRule.class);

    private static void add(DesignRule rule, String change, Consumer<TransceiverDesign> mutation) {
        if (ALL.put(rule, new Fixture(change, mutation)) != null) {
            throw new IllegalStateException("two fixtures for " + rule.id());
        }
    }

    private static Lane lane2(TransceiverDesign d) {
        return d.getLanes().get(2);
    }

    private static ThermalNode caseNode(TransceiverDesign d) {
        return d.getThermalNetwork().getNodes().stream().filter(n -> n.getKind() == ThermalNodeKind.CASE).findFirst().orElseThrow();
    }

    static {
        add(DesignRule.LINK_MARGIN, "required margin 8 dB", d -> d.setRequiredMarginDb(8.0));
        add(DesignRule.LINK_LAUNCH, "lane 2 laser at 5.5 dBm with extinction ratio 3.6 dB", d -> {
            lane2(d).getLaser().setOutputPowerDbm(5.5);
            lane2(d).getLaser().setExtinctionRatioDb(3.6);
        });
        add(DesignRule.LINK_OMA, "lane 2 TDECQ 3.3 dB with the laser at -1.5 dBm", d -> {
            lane2(d).setTdecqDb(3.3);
            lane2(d).getLaser().setOutputPowerDbm(-1.5);
        });
        add(DesignRule.LINK_TDECQ, "lane 2 TDECQ 3.6 dB", d -> lane2(d).setTdecqDb(3.6));
        add(DesignRule.LINK_EXTINCTION, "lane 2 laser extinction ratio 3.4 dB", d -> lane2(d).getLaser().setExtinctionRatioDb(3.4));
        add(DesignRule.LINK_RIN, "lane 2 laser RIN -130 dB/Hz", d -> lane2(d).getLaser().setRinDbPerHz(-130.0));
        add(DesignRule.LINK_WAVELENGTH, "lane 2 laser at 1320 nm", d -> lane2(d).getLaser().setWavelengthNm(1320.0));
        add(DesignRule.LINK_CHANNEL, "lane 2 channel 6 km", d -> lane2(d).getChannel().setLengthM(6000.0));
        add(DesignRule.LINK_RECEIVE, "lane 2 laser at 8 dBm on a 2 m channel", d -> {
            lane2(d).getLaser().setOutputPowerDbm(8.0);
            lane2(d).getChannel().setLengthM(2.0);
        });
        add(DesignRule.LINK_REACH, "lane 2 channel 1 m (below the 2 m minimum reach)", d -> lane2(d).getChannel().setLengthM(1.0));
        add(DesignRule.LINK_DISPERSION, "lane 2 channel fibre with zero dispersion at 1280 nm (slope 0.092 ps/nm2/km)", d -> {
            lane2(d).getChannel().setZeroDispersionWavelengthNm(1280.0);
            lane2(d).getChannel().setDispersionSlopePsPerNm2Km(0.092);
        });
        add(DesignRule.LINK_INDICATIVE, "PMD 100GBASE-DR (its Tx/Rx tables are not sourced)", d -> d.setOpticalPmd("100GBASE-DR"));
        add(DesignRule.LINK_BER, "target post-FEC BER 1e-100 with lane 2 on a 4 km channel", d -> {
            d.setTargetPostFecBer(1e-100);
            lane2(d).getChannel().setLengthM(4000.0);
        });
        add(DesignRule.LINK_BER_UNKNOWN, "PMD 800GBASE-DR4 (no pre-FEC BER target in the library) without FEC (no FEC threshold either)", d -> {
            d.setOpticalPmd("800GBASE-DR4");
            d.setFec(FecScheme.NONE);
        });
        add(DesignRule.LINK_LASER_TEMPERATURE, "TOSA thermal path removed (laser node not solved)",
                d -> d.getThermalNetwork().getPaths().remove(1));
        add(DesignRule.LINK_RX_INTERNAL, "lane 2 photodetector responsivity 0.05 A/W",
                d -> lane2(d).getPhotodetector().setResponsivityAPerW(0.05));
        add(DesignRule.POWER_CLASS, "MSA power class 3", d -> d.setMsaPowerClass(3));
        add(DesignRule.POWER_SUMMARY, "none (every design states its power)", d -> { });
        add(DesignRule.THERMAL_LIMIT, "TOSA path 20 K/W", d -> d.getThermalNetwork().getPaths().get(1).setResistanceKPerW(20.0));
        add(DesignRule.THERMAL_CASE, "case node held at 60 C (worst case 70 C)", d -> caseNode(d).setTemperatureC(60.0));
        add(DesignRule.INPUT_INCOMPLETE, "lane 2 laser output power not given", d -> lane2(d).getLaser().setOutputPowerDbm(null));
        add(DesignRule.INPUT_RANGE, "lane 2 laser extinction ratio 1e308 dB", d -> lane2(d).getLaser().setExtinctionRatioDb(1e308));
        add(DesignRule.INPUT_PMD, "optical PMD 400GBASE-XX", d -> d.setOpticalPmd("400GBASE-XX"));
        add(DesignRule.INPUT_CATALOG_PART, "lane 2 laser names catalogue part LAS-NOT-IN-CATALOGUE", d -> lane2(d).getLaser().setCatalogPart("LAS-NOT-IN-CATALOGUE"));
    }

    private RuleFixtures() {
    }
}
