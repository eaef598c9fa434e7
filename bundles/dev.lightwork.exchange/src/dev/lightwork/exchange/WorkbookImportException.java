package dev.lightwork.exchange;

import java.util.List;

/** A workbook that cannot be imported: every problem names its cell (Inputs!E12) and says what is wrong. */
public final class WorkbookImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public WorkbookImportException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
