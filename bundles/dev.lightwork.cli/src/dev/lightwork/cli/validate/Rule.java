package dev.lightwork.cli.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.lightwork.analysis.validation.DesignDiagnostic;
import dev.lightwork.analysis.validation.DesignRule;

/**
 * Stable rule ids as SARIF, JSON and CI annotations name them: the analysis bundle's {@link DesignRule}s plus the
 * two the command line adds for files it cannot check. Ids never change meaning; new checks get new ids.
 */
public record Rule(String id, String shortName, String title, String help) {

    private static final Map<DesignRule, Rule> ANALYSIS = new EnumMap<>(DesignRule.class);

    static {
        for (DesignRule r : DesignRule.values()) {
            ANALYSIS.put(r, new Rule(r.id(), r.shortName(), r.title(), r.help()));
        }
    }

    public static final Rule FILE = new Rule("LW-FILE", "UnreadableFile", "Design file cannot be read",
            "The file is missing, not well-formed XML, declares a DOCTYPE, references an element that does not exist, "
                    + "or is not a Lightwork design.");
    public static final Rule INTERNAL = new Rule("LW-INTERNAL", "InternalError", "Lightwork could not check the design",
            "The analysis failed on this design (a defect of Lightwork, please report it with the file); the design is not checked.");
    public static final Rule INPUT_PMD = of(DesignRule.INPUT_PMD);
    public static final Rule POWER_SUMMARY = of(DesignRule.POWER_SUMMARY);

    public static Rule of(DesignRule rule) {
        return ANALYSIS.get(rule);
    }

    /** The rule a diagnostic of the analysis belongs to (every Lightwork diagnostic names its rule). */
    static Rule of(DesignDiagnostic d) {
        return d.rule() == null ? of(DesignRule.INPUT_INCOMPLETE) : of(d.rule());
    }

    /** Every rule, analysis rules first, in a stable order (SARIF tool.driver.rules). */
    public static List<Rule> values() {
        List<Rule> all = new ArrayList<>(ANALYSIS.values());
        all.add(FILE);
        all.add(INTERNAL);
        return Collections.unmodifiableList(all);
    }
}
