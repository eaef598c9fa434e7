package dev.lightwork.model.tests;

import dev.lightwork.model.Channel;
import dev.lightwork.model.Connector;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.FibreType;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.LaserType;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.Photodetector;
import dev.lightwork.model.Tia;
import dev.lightwork.model.TransceiverDesign;

/** A two-lane design built in code: the persistence tests' own fixture, independent of the reference library. */
public final class SmallDesign {
    private SmallDesign() {
    }

    public static TransceiverDesign create() {
        LightworkFactory f = LightworkFactory.eINSTANCE;
        TransceiverDesign d = f.createTransceiverDesign();
        d.setId("small");
        d.setName("Two-lane test design");
        d.setFormFactor(FormFactor.QSFP_DD);
        d.setMsaPowerClass(6);
        d.setOpticalPmd("400GBASE-DR4");
        d.setFec(FecScheme.RS_544_514);
        Dsp dsp = f.createDsp();
        dsp.setId("dsp");
        dsp.setProcessNodeNm(7);
        dsp.setPowerMw(4500.0);
        d.getComponents().add(dsp);
        Connector mpo = f.createConnector();
        mpo.setId("mpo");
        mpo.setInsertionLossDb(0.5);
        d.getComponents().add(mpo);
        Channel ch = f.createChannel();
        ch.setId("fibre");
        ch.setFibreType(FibreType.SMF);
        ch.setLengthM(500.0);
        ch.setAttenuationDbPerKm(0.5);
        ch.getConnectors().add(mpo);
        d.getChannels().add(ch);
        for (int i = 0; i < 2; i++) {
            Laser laser = f.createLaser();
            laser.setId("laser" + i);
            laser.setLaserType(LaserType.EML);
            laser.setOutputPowerDbm(1.5);
            laser.setWavelengthNm(1311.0);
            Photodetector pd = f.createPhotodetector();
            pd.setId("pd" + i);
            pd.setResponsivityAPerW(0.8);
            Tia tia = f.createTia();
            tia.setId("tia" + i);
            d.getComponents().add(laser);
            d.getComponents().add(pd);
            d.getComponents().add(tia);
            Lane lane = f.createLane();
            lane.setId("lane" + i);
            lane.setIndex(i);
            lane.setDsp(dsp);
            lane.setLaser(laser);
            lane.setChannel(ch);
            lane.setPhotodetector(pd);
            lane.setTia(tia);
            d.getLanes().add(lane);
        }
        return d;
    }
}
