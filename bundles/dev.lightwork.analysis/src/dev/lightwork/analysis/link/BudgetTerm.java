package dev.lightwork.analysis.link;

import java.util.ArrayList;
import java.util.List;

import dev.lightwork.analysis.link.LinkBudget.Plane;

/**
 * One labelled term of a {@link LinkBudget}: its JSON/CSV key (the record component's name), a label for people,
 * value, unit and the reference plane where it applies. The one list tables, exports and reports iterate, so each
 * term is named and placed once.
 */
public record BudgetTerm(String key, String label, double value, String unit, Plane plane) {

    static List<BudgetTerm> of(LinkBudget b) {
        List<BudgetTerm> t = new ArrayList<>();
        t.add(new BudgetTerm("laserTemperatureC", "Laser temperature", b.laserTemperatureC(), "C", Plane.TX_MODULE));
        t.add(new BudgetTerm("laserOutputDbm", "Laser output (source total)", b.laserOutputDbm(), "dBm", Plane.TX_MODULE));
        t.add(new BudgetTerm("temperatureDeratingDb", "Temperature derating", b.temperatureDeratingDb(), "dB", Plane.TX_MODULE));
        t.add(new BudgetTerm("splitLossDb", "Split 1:" + b.laserLaneCount() + " (10 log10 N + excess)", b.splitLossDb(), "dB", Plane.TX_MODULE));
        t.add(new BudgetTerm("modulatorLossDb", "Modulator loss", b.modulatorLossDb(), "dB", Plane.TX_MODULE));
        t.add(new BudgetTerm("muxLossDb", "Mux loss", b.muxLossDb(), "dB", Plane.TX_MODULE));
        t.add(new BudgetTerm("txAttachLossDb", "Tx fibre attach", b.txAttachLossDb(), "dB", Plane.TX_MODULE));
        t.add(new BudgetTerm("averageLaunchDbm", "Average launch power", b.averageLaunchDbm(), "dBm", Plane.TP2));
        t.add(new BudgetTerm("extinctionRatioDb", "Extinction ratio", b.extinctionRatioDb(), "dB", Plane.TP2));
        t.add(new BudgetTerm("txOmaDbm", "Tx OMA", b.txOmaDbm(), "dBm", Plane.TP2));
        t.add(new BudgetTerm("tdecqDb", "TDECQ", b.tdecqDb(), "dB", Plane.TP2));
        t.add(new BudgetTerm("fibreLossDb", "Fibre loss", b.fibreLossDb(), "dB", Plane.CHANNEL));
        t.add(new BudgetTerm("connectorLossDb", "Connector loss", b.connectorLossDb(), "dB", Plane.CHANNEL));
        t.add(new BudgetTerm("spliceLossDb", "Splice loss", b.spliceLossDb(), "dB", Plane.CHANNEL));
        t.add(new BudgetTerm("channelInsertionLossDb", "Channel insertion loss", b.channelInsertionLossDb(), "dB", Plane.CHANNEL));
        t.add(new BudgetTerm("dispersionPsPerNm", "Chromatic dispersion", b.dispersionPsPerNm(), "ps/nm", Plane.CHANNEL));
        t.add(new BudgetTerm("penaltiesDb", "Penalties (MPI, reflections)", b.penaltiesDb(), "dB", Plane.CHANNEL));
        t.add(new BudgetTerm("rxOmaDbm", "Rx OMA", b.rxOmaDbm(), "dBm", Plane.TP3));
        t.add(new BudgetTerm("rxAverageDbm", "Average receive power", b.rxAverageDbm(), "dBm", Plane.TP3));
        t.add(new BudgetTerm("marginReferenceDbm", "Rx OMA required (margin reference)", b.marginReferenceDbm(), "dBm", Plane.TP3));
        t.add(new BudgetTerm("pmdSensitivityDbm", "PMD sensitivity (published)", b.pmdSensitivityDbm(), "dBm", Plane.TP3));
        t.add(new BudgetTerm("marginDb", "Margin", b.marginDb(), "dB", Plane.TP3));
        t.add(new BudgetTerm("demuxLossDb", "Demux loss", b.demuxLossDb(), "dB", Plane.RX_MODULE));
        t.add(new BudgetTerm("rxAttachLossDb", "Rx fibre attach", b.rxAttachLossDb(), "dB", Plane.RX_MODULE));
        t.add(new BudgetTerm("detectorOmaDbm", "OMA at the photodetector", b.detectorOmaDbm(), "dBm", Plane.RX_MODULE));
        t.add(new BudgetTerm("derivedSensitivityDbm", "Component sensitivity (TIA noise)", b.derivedSensitivityDbm(), "dBm", Plane.RX_MODULE));
        t.add(new BudgetTerm("internalMarginDb", "Module-internal margin", b.internalMarginDb(), "dB", Plane.RX_MODULE));
        return List.copyOf(t);
    }
}
