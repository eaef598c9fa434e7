package dev.lightwork.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.Lane;
import dev.lightwork.diagram.chart.BarChart;
import dev.lightwork.diagram.chart.BarChart.Bar;
import dev.lightwork.diagram.chart.BarChart.Kind;
import dev.lightwork.diagram.chart.BarChart.Marker;
import dev.lightwork.diagram.chart.Histogram;
import dev.lightwork.diagram.chart.WaterfallChart;
import dev.lightwork.ui.views.chart.ChartControl;
import dev.lightwork.yield.YieldResult;

/**
 * Yield view: runs the design's yield study as a cancellable job and shows the yield with its 95 % interval, the
 * worst-lane margin histogram (bins below the required margin in the failure colour, the limit in the title) and the
 * contributors to the failures. The study is not re-run on every edit (it takes seconds): Run starts it.
 */
public final class YieldView extends AnalysisView {

    public static final String ID = "dev.lightwork.ui.views.yield";

    private Label status;
    private ChartControl<Histogram> histogram;
    private ChartControl<BarChart> contributors;
    private YieldJob job;
    private YieldResult result;

    @Override
    protected Control createContent(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.WRAP);
        status.setText("Run the yield study of the shown design (toolbar).");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL | SWT.SMOOTH);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        histogram = new ChartControl<>(sash, EMPTY_HISTOGRAM);
        contributors = new ChartControl<>(sash, BarChart.empty(""));
        sash.setWeights(55, 45);
        return root;
    }

    @Override
    protected void contributeToolbar(IToolBarManager toolbar) {
        Action run = new Action("Run yield study") {
            @Override
            public void run() {
                runStudy();
            }
        };
        run.setToolTipText("Run the design's yield study (Monte Carlo over its tolerances) as a background job");
        Action cancel = new Action("Cancel yield study") {
            @Override
            public void run() {
                if (job != null) {
                    job.cancel();
                }
            }
        };
        toolbar.add(run);
        toolbar.add(cancel);
    }

    /** Starts the study of the shown design; a running one is cancelled first. */
    public YieldJob runStudy() {
        if (design() == null) {
            status.setText("Select a design first.");
            return null;
        }
        if (job != null) {
            job.cancel();
        }
        IFile file = file();
        Path base = file == null || file.getLocation() == null ? null : file.getLocation().toFile().toPath().getParent();
        YieldJob next = new YieldJob(design(), base, finished -> status.getDisplay().asyncExec(() -> finished(finished)));
        job = next;
        status.setText("Running the yield study of " + design().getId() + "...");
        next.setUser(true);
        next.schedule();
        return next;
    }

    private void finished(YieldJob finished) {
        if (status.isDisposed() || finished != job) {
            return;
        }
        if (finished.cancelled()) {
            status.setText("Yield study cancelled.");
        } else if (finished.failure() != null) {
            status.setText("No yield: " + finished.failure());
        } else {
            show(finished.result());
        }
        status.getParent().layout(true, true);
    }

    private void show(YieldResult r) {
        result = r;
        status.setText(text(r));
        histogram.setChart(histogram(r));
        contributors.setChart(contributorChart(r));
    }

    /** "Yield 93.82 % (95 % CI 93.67 % .. 93.97 %, Wilson), 100000 modules, seed 1; cost per good module 171.20 USD". */
    static String text(YieldResult r) {
        double perGood = r.cost().costPerGoodModuleUsd();
        return String.format(Locale.ROOT, "Yield %.2f %% (95 %% CI %.2f %% .. %.2f %%), %d modules, seed %d; %s%s", 100 * r.yield(),
                100 * r.ci95()[0], 100 * r.ci95()[1], r.samples(), r.seed(),
                Double.isFinite(perGood) ? String.format(Locale.ROOT, "cost per good module %.2f USD", perGood) : "no cost per good module (no module passes)",
                r.perRule().isEmpty() ? "" : "; most failures: " + r.perRule().get(0).rule() + " "
                        + String.format(Locale.ROOT, "%.2f %%", 100 * r.perRule().get(0).failFraction()));
    }

    private static final Histogram EMPTY_HISTOGRAM = new Histogram("", "", new double[] {0, 1}, new long[] {0}, List.of());

    static Histogram histogram(YieldResult r) {
        YieldResult.Histogram h = r.worstLaneMargin();
        double[] edges = new double[h.counts().length + 1];
        long[] counts = new long[h.counts().length];
        for (int i = 0; i < counts.length; i++) {
            edges[i] = h.min() + i * h.binWidth();
            counts[i] = h.counts()[i];
        }
        edges[counts.length] = h.min() + counts.length * h.binWidth();
        return new Histogram("Worst-lane margin of the sampled modules", "margin (dB)", edges, counts,
                List.of(new Marker(String.format(Locale.ROOT, "required %.2f dB", r.requiredMarginDb()), r.requiredMarginDb(), WaterfallChart.REQUIREMENT)));
    }

    /** Bars in the contributors chart (the JSON and CSV of lightwork yield list them all). */
    public static final int MAX_CONTRIBUTOR_BARS = 5;

    static BarChart contributorChart(YieldResult r) {
        List<Bar> bars = new ArrayList<>();
        // the largest few, each labelled "element attribute" so the chart can wrap it onto two lines instead of cutting it
        for (YieldResult.Contributor c : r.contributors().subList(0, Math.min(MAX_CONTRIBUTOR_BARS, r.contributors().size()))) {
            bars.add(new Bar(c.label(), Double.NaN, 100 * c.share(), Kind.PART,
                    String.format(Locale.ROOT, "%.1f", 100 * c.share())));
        }
        return new BarChart("Contributors to the failures (% share)", "%", true, bars, List.of(), "");
    }

    @Override
    protected void render(DesignAnalysis analysis, Lane selectedLane) {
        if (result != null && !result.designId().equals(analysis.design().getId())) {
            result = null;
            clearCharts();
            status.setText("Run the yield study of " + analysis.design().getId() + " (toolbar).");
        }
    }

    @Override
    protected String summary(DesignAnalysis analysis) {
        return analysis.design().getId() + (analysis.design().getYieldStudy() == null ? ": no yield study (defaults: 10000 modules, catalogue tolerances)"
                : ": yield study of " + analysis.design().getTolerances().size() + " tolerance(s) plus catalogue defaults");
    }

    @Override
    protected void clear() {
        clearCharts();
    }

    private void clearCharts() {
        histogram.setChart(EMPTY_HISTOGRAM);
        contributors.setChart(BarChart.empty(""));
    }

    public YieldResult result() {
        return result;
    }

    public String statusText() {
        return status.getText();
    }

    public ChartControl<Histogram> histogramChart() {
        return histogram;
    }

    public ChartControl<BarChart> contributorsChart() {
        return contributors;
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
