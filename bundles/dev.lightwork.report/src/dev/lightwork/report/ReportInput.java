package dev.lightwork.report;

import java.time.ZonedDateTime;
import java.util.Objects;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.DesignAnalyzer;
import dev.lightwork.library.ReferenceLibrary;
import dev.lightwork.model.TransceiverDesign;

/**
 * What a report is made of: the analysed design, the reference library its limits and sources come from, the
 * title-block facts (source file, date, tool version), the diagrams and, optionally, a comparison with an
 * earlier revision. Immutable; the {@code with...} methods return copies.
 *
 * <pre>
 * DesignAnalyzer analyzer = new DesignAnalyzer(ReferenceLibrary.load());
 * ReportInput in = ReportInput.of(analyzer.analyze(design), analyzer.library()).withSourceFile("examples/x.lightwork");
 * ReportInput diff = ReportInput.compare(analyzer.analyze(oldDesign), analyzer.analyze(newDesign), analyzer.library());
 * </pre>
 */
public record ReportInput(DesignAnalysis analysis, ReferenceLibrary library, String sourceFile, ZonedDateTime generatedAt,
        String toolVersion, ReportFigures figures, DesignComparison comparison, String revision, String author) {

    public ReportInput {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(generatedAt, "generatedAt");
        figures = figures == null ? ReportFigures.NONE : figures;
    }

    /** A report of one design, dated now, tool version from this bundle, no diagrams, no comparison. */
    public static ReportInput of(DesignAnalysis analysis, ReferenceLibrary library) {
        return new ReportInput(analysis, library, null, ZonedDateTime.now(), defaultToolVersion(), ReportFigures.NONE, null, null,
                System.getProperty("user.name"));
    }

    /** A report of {@code after} with a section comparing it with the earlier revision {@code before}. */
    public static ReportInput compare(DesignAnalysis before, DesignAnalysis after, ReferenceLibrary library) {
        return of(after, library).withComparison(DesignComparison.of(before, after));
    }

    /** As {@link #compare(DesignAnalysis, DesignAnalysis, ReferenceLibrary)}, analysing both revisions with {@code analyzer}. */
    public static ReportInput compare(TransceiverDesign before, TransceiverDesign after, DesignAnalyzer analyzer) {
        return compare(analyzer.analyze(before), analyzer.analyze(after), analyzer.library());
    }

    public ReportInput withSourceFile(String file) {
        return new ReportInput(analysis, library, file, generatedAt, toolVersion, figures, comparison, revision, author);
    }

    public ReportInput withGeneratedAt(ZonedDateTime when) {
        return new ReportInput(analysis, library, sourceFile, when, toolVersion, figures, comparison, revision, author);
    }

    public ReportInput withToolVersion(String version) {
        return new ReportInput(analysis, library, sourceFile, generatedAt, version, figures, comparison, revision, author);
    }

    public ReportInput withFigures(ReportFigures diagrams) {
        return new ReportInput(analysis, library, sourceFile, generatedAt, toolVersion, diagrams, comparison, revision, author);
    }

    public ReportInput withComparison(DesignComparison c) {
        return new ReportInput(analysis, library, sourceFile, generatedAt, toolVersion, figures, c, revision, author);
    }

    /** The design's revision for the title block (e.g. the Git commit of the file), or null. */
    public ReportInput withRevision(String rev) {
        return new ReportInput(analysis, library, sourceFile, generatedAt, toolVersion, figures, comparison, rev, author);
    }

    /** The report's author for the title block (default: the user running the tool). */
    public ReportInput withAuthor(String name) {
        return new ReportInput(analysis, library, sourceFile, generatedAt, toolVersion, figures, comparison, revision, name);
    }

    /** "Lightwork &lt;bundle version&gt;" from this bundle's manifest when running in OSGi, else "Lightwork (development)". */
    static String defaultToolVersion() {
        Package p = ReportInput.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        if (v == null) {
            v = BundleVersion.of(ReportInput.class);
        }
        return "Lightwork " + (v == null ? "(development)" : v);
    }
}
