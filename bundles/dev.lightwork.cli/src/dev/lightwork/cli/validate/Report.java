package dev.lightwork.cli.validate;

import java.io.IOException;
import java.io.Writer;

/** Writes a batch's results in one output format. */
public interface Report {

    void write(Batch batch, Writer out) throws IOException;

    /** The formats of {@code lightwork validate --format}. */
    enum Format {
        TEXT, JSON, JUNIT, SARIF;

        public Report create() {
            return switch (this) {
                case TEXT -> new TextReport();
                case JSON -> new JsonReport();
                case JUNIT -> new JUnitReport();
                case SARIF -> new SarifReport();
            };
        }
    }
}
