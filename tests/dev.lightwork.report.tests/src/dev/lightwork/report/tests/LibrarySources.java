package dev.lightwork.report.tests;

import dev.lightwork.model.TransceiverDesign;

final class LibrarySources {

    private LibrarySources() {
    }

    static String pmdSource(TransceiverDesign d) {
        return DesignReportHtmlTest.LIBRARY.pmd(d.getOpticalPmd()).orElseThrow().provenance().source();
    }
}
