package dev.lightwork.library;

import java.util.function.DoubleConsumer;

import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Connector;
import dev.lightwork.model.ConnectorType;
import dev.lightwork.model.Driver;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.FibreType;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LaserType;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.Modulator;
import dev.lightwork.model.ModulatorType;
import dev.lightwork.model.MuxDirection;
import dev.lightwork.model.Multiplexer;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.PhotodetectorType;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.Tia;

/** Turns catalogue parts into model components, copying the typical values and remembering the part id. */
public final class PartFactory {

    private static final LightworkFactory F = LightworkFactory.eINSTANCE;

    private PartFactory() {
    }

    /** A new component for {@code part} with the given model id. Fibres are channel properties, not components. */
    public static Component create(CatalogPart part, String id) {
        Component c = switch (part.kind()) {
            case LASER -> laser(part);
            case MODULATOR -> modulator(part);
            case DRIVER -> driver(part);
            case PHOTODETECTOR -> photodetector(part);
            case TIA -> tia(part);
            case MUX -> mux(part);
            case CONNECTOR -> connector(part);
            case DSP -> dsp(part);
            case MCU -> F.createMicrocontroller();
            case POWER_CONVERTER -> converter(part);
            case FIBRE -> throw new IllegalArgumentException("fibre " + part.id() + " describes a channel, not a component");
        };
        c.setId(id);
        c.setName(part.name());
        c.setCatalogPart(part.id());
        set(part, "power_mw", c::setPowerMw);
        set(part, "tj_max_c", c::setJunctionTemperatureMaxC);
        set(part, "cost_usd", c::setCostUsd);
        return c;
    }

    /**
     * A new channel of {@code lengthM} metres of the catalogue fibre {@code fibre} (its type and attenuation), with no
     * splices or reflection penalty and a 0.1 dB MPI allowance, the value the reference designs use; connectors are
     * the caller's.
     */
    public static Channel channel(CatalogPart fibre, String id, double lengthM) {
        Channel ch = F.createChannel();
        ch.setId(id);
        ch.setName(fibre.name() + ", " + (int) lengthM + " m");
        ch.setFibreType(FibreType.get(fibre.text("type")));
        ch.setLengthM(lengthM);
        ch.setAttenuationDbPerKm(fibre.require("attenuation_db_per_km"));
        ch.setSpliceCount(0);
        ch.setSpliceLossDb(0.0);
        ch.setMpiPenaltyDb(0.1);
        ch.setReflectionPenaltyDb(0.0);
        return ch;
    }

    /** The catalogue kind a component's parts come from (a laser from lasers.csv), or null (none, or no component). */
    public static PartKind kindOf(Component c) {
        if (c instanceof Laser) {
            return PartKind.LASER;
        } else if (c instanceof Modulator) {
            return PartKind.MODULATOR;
        } else if (c instanceof Driver) {
            return PartKind.DRIVER;
        } else if (c instanceof Photodetector) {
            return PartKind.PHOTODETECTOR;
        } else if (c instanceof Tia) {
            return PartKind.TIA;
        } else if (c instanceof Multiplexer) {
            return PartKind.MUX;
        } else if (c instanceof Connector) {
            return PartKind.CONNECTOR;
        } else if (c instanceof Dsp) {
            return PartKind.DSP;
        } else if (c instanceof dev.lightwork.model.Microcontroller) {
            return PartKind.MCU;
        } else if (c instanceof PowerConverter) {
            return PartKind.POWER_CONVERTER;
        }
        return null;
    }

    private static void set(CatalogPart part, String column, DoubleConsumer setter) {
        part.number(column).ifPresent(setter);
    }

    private static Laser laser(CatalogPart p) {
        Laser l = F.createLaser();
        l.setLaserType(LaserType.get(p.text("type")));
        set(p, "wavelength_nm", l::setWavelengthNm);
        set(p, "output_power_dbm", l::setOutputPowerDbm);
        set(p, "extinction_ratio_db", l::setExtinctionRatioDb);
        set(p, "rin_dbhz", l::setRinDbPerHz);
        set(p, "bandwidth_ghz", l::setBandwidthGhz);
        set(p, "power_temp_coeff_db_per_k", l::setPowerTemperatureCoefficientDbPerK);
        set(p, "max_baud_gbd", l::setMaxBaudGbd);
        return l;
    }

    private static Modulator modulator(CatalogPart p) {
        Modulator m = F.createModulator();
        m.setModulatorType(ModulatorType.get(p.text("type")));
        set(p, "insertion_loss_db", m::setInsertionLossDb);
        set(p, "extinction_ratio_db", m::setExtinctionRatioDb);
        set(p, "bandwidth_ghz", m::setBandwidthGhz);
        set(p, "max_baud_gbd", m::setMaxBaudGbd);
        return m;
    }

    private static Driver driver(CatalogPart p) {
        Driver d = F.createDriver();
        set(p, "bandwidth_ghz", d::setBandwidthGhz);
        set(p, "max_baud_gbd", d::setMaxBaudGbd);
        return d;
    }

    private static Photodetector photodetector(CatalogPart p) {
        Photodetector d = F.createPhotodetector();
        d.setPhotodetectorType(PhotodetectorType.get(p.text("type")));
        set(p, "responsivity_a_per_w", d::setResponsivityAPerW);
        set(p, "bandwidth_ghz", d::setBandwidthGhz);
        set(p, "dark_current_na", d::setDarkCurrentNa);
        return d;
    }

    private static Tia tia(CatalogPart p) {
        Tia t = F.createTia();
        set(p, "input_noise_pa_per_rthz", t::setInputNoisePaPerRtHz);
        set(p, "bandwidth_ghz", t::setBandwidthGhz);
        set(p, "max_baud_gbd", t::setMaxBaudGbd);
        return t;
    }

    private static Multiplexer mux(CatalogPart p) {
        Multiplexer m = F.createMultiplexer();
        m.setDirection(MuxDirection.get(p.text("type")));
        p.number("channels").ifPresent(v -> m.setChannelCount((int) v));
        set(p, "insertion_loss_db", m::setInsertionLossDb);
        return m;
    }

    private static Connector connector(CatalogPart p) {
        Connector c = F.createConnector();
        ConnectorType type = ConnectorType.get(p.text("type"));
        c.setConnectorType(type == null ? ConnectorType.OTHER : type);
        set(p, "insertion_loss_db", c::setInsertionLossDb);
        set(p, "reflectance_db", c::setReflectanceDb);
        return c;
    }

    private static Dsp dsp(CatalogPart p) {
        Dsp d = F.createDsp();
        p.number("process_node_nm").ifPresent(v -> d.setProcessNodeNm((int) v));
        p.number("lanes").ifPresent(v -> d.setLaneCount((int) v));
        set(p, "lane_rate_gbps", d::setLaneRateGbps);
        d.setFec(fec(p.text("fec")));
        return d;
    }

    private static PowerConverter converter(CatalogPart p) {
        PowerConverter c = F.createPowerConverter();
        set(p, "efficiency", c::setEfficiency);
        return c;
    }

    /** Data-file FEC names (RS544_514+HAMMING128_120) to the model's scheme. */
    public static FecScheme fec(String text) {
        return switch (text.trim()) {
            case "RS544_514" -> FecScheme.RS_544_514;
            case "RS528_514" -> FecScheme.RS_528_514;
            case "RS544_514+HAMMING128_120" -> FecScheme.RS_544_514_HAMMING_128_120;
            case "", "NONE" -> FecScheme.NONE;
            default -> throw new IllegalArgumentException("unknown FEC scheme '" + text + "'");
        };
    }

}
