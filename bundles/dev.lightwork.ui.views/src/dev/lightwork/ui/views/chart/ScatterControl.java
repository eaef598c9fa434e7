package dev.lightwork.ui.views.chart;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import dev.lightwork.diagram.chart.ChartPainter;
import dev.lightwork.diagram.chart.ScatterChart;

/** A {@link ChartControl} for a {@link ScatterChart}; a click on a point reports its index, a click elsewhere nothing. */
public final class ScatterControl extends ChartControl<ScatterChart> {

    /** How far from a point's centre a click still hits it (px). */
    private static final int HIT_RADIUS = ChartPainter.RADIUS + 4;

    private IntConsumer onPoint = i -> { };

    public ScatterControl(Composite parent) {
        super(parent, ScatterChart.empty(""));
        control().addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                int hit = pointAt(e.x, e.y);
                if (hit >= 0) {
                    onPoint.accept(hit);
                }
            }
        });
    }

    /** Called with the index of a clicked point. */
    public void onPointClicked(IntConsumer listener) {
        onPoint = listener;
    }

    /** Index of the point nearest to the pixel within the hit radius, or -1 (after the canvas has been painted). */
    public int pointAt(int x, int y) {
        double[][] centres = centres();
        int best = -1;
        double bestDistance = (double) HIT_RADIUS * HIT_RADIUS;
        for (int i = 0; i < centres.length; i++) {
            if (centres[i] == null) {
                continue;
            }
            double dx = centres[i][0] - x;
            double dy = centres[i][1] - y;
            if (dx * dx + dy * dy <= bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }

    /** Pixel centre {x, y} of a point as last painted, or null (not painted yet, or not finite). */
    public int[] centreOf(int index) {
        double[][] centres = centres();
        return index < centres.length && centres[index] != null
                ? new int[] {(int) Math.round(centres[index][0]), (int) Math.round(centres[index][1])} : null;
    }
}
