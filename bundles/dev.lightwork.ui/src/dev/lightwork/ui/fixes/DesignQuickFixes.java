package dev.lightwork.ui.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.io.DesignLoadException;
import dev.lightwork.ui.problems.DesignMarkers;
import dev.lightwork.ui.problems.WorkbenchAnalyzer;

/**
 * Quick fixes of Lightwork problems (Problems view, Ctrl+1): each rule looks at the marked element in the design
 * as it is now (open editor or file) and proposes a repair with computed numbers.
 */
public final class DesignQuickFixes implements IMarkerResolutionGenerator2 {

    static final List<FixRule> RULES = List.of(new LaserPowerFix(), new ConnectorFix(), new ChannelLengthFix(),
            new PowerClassFix(), new HeatPathFix());

    @Override
    public boolean hasResolutions(IMarker marker) {
        String category = marker.getAttribute(DesignMarkers.CATEGORY, "");
        return marker.getAttribute(DesignMarkers.ELEMENT_URI, null) != null
                && (category.equals("link") || category.equals("power") || category.equals("thermal"))
                && marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO) == IMarker.SEVERITY_ERROR;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<IMarkerResolution> out = new ArrayList<>();
        Optional<FixContext> context = context(marker);
        for (FixRule rule : RULES) {
            plan(context, rule).ifPresent(plan -> out.add(new DesignFix(rule, plan)));
        }
        return out.toArray(IMarkerResolution[]::new);
    }

    /** The plan of {@code rule} in {@code context}, if the rule can help; a failing rule is logged, not thrown. */
    static Optional<FixPlan> plan(Optional<FixContext> context, FixRule rule) {
        try {
            return context.flatMap(rule::plan);
        } catch (RuntimeException e) {
            ILog.of(DesignQuickFixes.class).error("Quick fix " + rule.getClass().getSimpleName() + " failed", e);
            return Optional.empty();
        }
    }

    /** The marker's problem on the design as it is now (open editor or file), or empty when it cannot be found. */
    static Optional<FixContext> context(IMarker marker) {
        try {
            return context(marker, DesignTarget.of((IFile) marker.getResource()));
        } catch (DesignLoadException e) {
            return Optional.empty();
        }
    }

    static Optional<FixContext> context(IMarker marker, DesignTarget target) {
        String fragment = marker.getAttribute(DesignMarkers.ELEMENT_URI, null);
        String category = marker.getAttribute(DesignMarkers.CATEGORY, "");
        String attribute = marker.getAttribute(DesignMarkers.ATTRIBUTE, null);
        String rule = marker.getAttribute(DesignMarkers.RULE, null);
        EObject element = fragment == null ? null : target.design().eResource().getEObject(fragment);
        if (element == null) {
            return Optional.empty();
        }
        // an open editor's design has its live analysis (shared with its pages and views); a file loaded for the fix has none
        dev.lightwork.analysis.design.SharedAnalysis live = dev.lightwork.analysis.design.SharedAnalysis.existing(target.design());
        DesignAnalysis analysis = live != null ? live.analysis() : WorkbenchAnalyzer.analyzer().analyze(target.design());
        return Optional.of(new FixContext(category, rule, attribute, target.design(), element, analysis, WorkbenchAnalyzer.library()));
    }
}
