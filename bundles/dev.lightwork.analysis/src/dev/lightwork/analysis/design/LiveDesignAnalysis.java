package dev.lightwork.analysis.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.power.PowerBudget;
import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.model.Channel;
import dev.lightwork.model.Component;
import dev.lightwork.model.Connector;
import dev.lightwork.model.HostInterface;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.PowerConverter;
import dev.lightwork.model.ThermalNetwork;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.ThermalPath;
import dev.lightwork.model.TradeStudy;
import dev.lightwork.model.TransceiverDesign;

/**
 * Keeps the {@link DesignAnalysis} of one design current while it is edited: a content adapter records which
 * lanes, and whether the power budget and the thermal network, each model notification touches; {@link #analysis()}
 * then re-evaluates only those. A part shared by several lanes (a DSP, an external laser source, a connector on a
 * shared channel) dirties every lane that uses it; a thermal change re-evaluates the lanes whose laser temperature
 * moved. The result always equals {@link DesignAnalyzer#analyze} of the current model (tests check this on random
 * edits). Not thread-safe: use it on the thread that edits the model.
 */
public final class LiveDesignAnalysis implements AutoCloseable {

    /** What the last {@link #analysis()} call had to recompute (for tests, benchmarks and status lines). */
    public record Refresh(int lanesEvaluated, boolean power, boolean thermal) {
    }

    private static final LightworkPackage P = LightworkPackage.eINSTANCE;

    private final DesignAnalyzer analyzer;
    private final TransceiverDesign design;
    private final EContentAdapter adapter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                touched(n.getNotifier(), n);
            }
        }
    };

    private final Map<Lane, LinkBudget> budgets = new IdentityHashMap<>();
    private final Map<Lane, List<Diagnostic>> laneDiagnostics = new IdentityHashMap<>();
    private final Set<Lane> dirtyLanes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Which lanes use each part or channel; rebuilt when lane wiring, components or channels change. */
    private final Map<EObject, List<Lane>> users = new IdentityHashMap<>();
    private PowerBudget power;
    private List<Diagnostic> powerDiagnostics;
    private ThermalSolution thermal;
    private List<Diagnostic> thermalDiagnostics;
    private boolean allLanesDirty = true;
    private boolean powerDirty = true;
    private boolean thermalDirty = true;
    private boolean usersDirty = true;
    private DesignAnalysis current;
    private Refresh lastRefresh = new Refresh(0, false, false);

    public LiveDesignAnalysis(DesignAnalyzer analyzer, TransceiverDesign design) {
        this.analyzer = analyzer;
        this.design = design;
        design.eAdapters().add(adapter);
    }

    public TransceiverDesign design() {
        return design;
    }

    /** The analysis of the model as it is now; recomputes only what changed since the last call. */
    public DesignAnalysis analysis() {
        if (current != null && !allLanesDirty && !powerDirty && !thermalDirty && dirtyLanes.isEmpty()) {
            lastRefresh = new Refresh(0, false, false);
            return current;
        }
        boolean thermalRun = thermalDirty;
        boolean powerRun = powerDirty;
        if (usersDirty) {
            indexUsers();
        }
        if (thermalDirty) {
            thermal = analyzer.thermal(design);
            thermalDiagnostics = analyzer.rules().thermal(design, thermal);
            for (Map.Entry<Lane, LinkBudget> e : budgets.entrySet()) {
                double used = DesignAnalyzer.laserTemperatureUsedC(design, e.getKey(), thermal); // what the calculator will take
                if (Double.compare(used, e.getValue().laserTemperatureC()) != 0) {
                    dirtyLanes.add(e.getKey());
                }
            }
            thermalDirty = false;
        }
        int evaluated = 0;
        Map<Lane, LinkBudget> ordered = new LinkedHashMap<>();
        Map<Lane, List<Diagnostic>> orderedDiagnostics = new LinkedHashMap<>();
        for (Lane lane : design.getLanes()) {
            LinkBudget b = budgets.get(lane);
            if (b == null || allLanesDirty || dirtyLanes.contains(lane)) {
                b = analyzer.link(design, lane, thermal);
                budgets.put(lane, b);
                laneDiagnostics.put(lane, analyzer.rules().lane(design, lane, b));
                evaluated++;
            }
            ordered.put(lane, b);
            orderedDiagnostics.put(lane, laneDiagnostics.get(lane));
        }
        if (budgets.size() != ordered.size()) { // lanes were removed
            budgets.keySet().retainAll(ordered.keySet());
            laneDiagnostics.keySet().retainAll(ordered.keySet());
        }
        if (powerDirty) {
            power = analyzer.power(design);
            powerDiagnostics = analyzer.rules().power(design, power);
            powerDirty = false;
        }
        allLanesDirty = false;
        dirtyLanes.clear();
        lastRefresh = new Refresh(evaluated, powerRun, thermalRun);
        current = DesignAnalysis.of(design, ordered, power, thermal, analyzer.rules().design(design), orderedDiagnostics, powerDiagnostics,
                thermalDiagnostics);
        return current;
    }

    public Refresh lastRefresh() {
        return lastRefresh;
    }

    /** Stops following the model. */
    @Override
    public void close() {
        design.eAdapters().remove(adapter);
    }

    private void touched(Object notifier, Notification n) {
        Object feature = n.getFeature();
        if (notifier instanceof TransceiverDesign) {
            if (feature == P.getTransceiverDesign_FormFactor() || feature == P.getTransceiverDesign_MsaPowerClass()
                    || feature == P.getTransceiverDesign_HostInterface()) {
                powerDirty = true;
            } else if (feature == P.getTransceiverDesign_ThermalNetwork()) {
                thermalDirty = true;
            } else if (feature == P.getTransceiverDesign_TradeStudies() || feature == P.getNamedElement_Name()
                    || feature == P.getNamedElement_Description()) {
                // not analysed
            } else {
                everything(); // PMD, FEC, margins, temperatures, lanes, parts, channels, id: affects all lanes
            }
        } else if (notifier instanceof HostInterface) {
            powerDirty = true;
        } else if (notifier instanceof Lane lane) {
            dirtyLanes.add(lane);
            if (feature == P.getLane_Laser()) {
                // the split of a shared source depends on how many lanes use it: the old and the new source's lanes change
                lanesUsing(n.getOldValue());
                lanesUsing(n.getNewValue());
            }
            if (feature instanceof EReference || feature == P.getNamedElement_Id()) {
                powerDirty = true; // the lane's parts (or its key in the per-lane power) changed
                usersDirty = true;
            }
        } else if (notifier instanceof Component c) {
            if (feature == P.getComponent_PowerMw() || feature == P.getComponent_JunctionTemperatureMaxC()
                    || feature == P.getComponent_ThermalNode() || c instanceof PowerConverter) {
                powerDirty = true;
                thermalDirty = true;
            } else if (feature == P.getNamedElement_Id()) {
                everything();
            } else if (feature != P.getComponent_CostUsd() && feature != P.getComponent_CatalogPart() && feature != P.getNamedElement_Name()
                    && feature != P.getNamedElement_Description()) {
                lanesUsing(c);
            }
        } else if (notifier instanceof Channel ch) {
            if (feature == P.getChannel_Connectors()) {
                usersDirty = true;
            }
            lanesUsing(ch);
        } else if (notifier instanceof ThermalNetwork || notifier instanceof ThermalNode || notifier instanceof ThermalPath) {
            thermalDirty = true;
        } else if (notifier instanceof TradeStudy || isInsideTradeStudy(notifier)) {
            // trade studies are inputs of the solver, not of the validators
        } else {
            everything();
        }
    }

    private void lanesUsing(Object part) {
        if (part == null) {
            return;
        }
        if (usersDirty) {
            indexUsers();
        }
        List<Lane> lanes = users.get(part);
        if (lanes != null) {
            dirtyLanes.addAll(lanes);
        }
    }

    private void everything() {
        allLanesDirty = true;
        powerDirty = true;
        thermalDirty = true;
        usersDirty = true;
    }

    private void indexUsers() {
        users.clear();
        for (Lane lane : design.getLanes()) {
            for (EObject part : new EObject[] {lane.getDsp(), lane.getDriver(), lane.getLaser(), lane.getModulator(), lane.getMux(), lane.getDemux(),
                    lane.getPhotodetector(), lane.getTia(), lane.getChannel()}) {
                if (part != null) {
                    users.computeIfAbsent(part, k -> new ArrayList<>()).add(lane);
                }
            }
            if (lane.getChannel() != null) {
                for (Connector c : lane.getChannel().getConnectors()) {
                    users.computeIfAbsent(c, k -> new ArrayList<>()).add(lane);
                }
            }
        }
        usersDirty = false;
    }

    private static boolean isInsideTradeStudy(Object notifier) {
        for (EObject o = notifier instanceof EObject e ? e : null; o != null; o = o.eContainer()) {
            if (o instanceof TradeStudy) {
                return true;
            }
        }
        return false;
    }
}
