package dev.lightwork.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.lightwork.architecture.tests.Sources.Bundle;
import dev.lightwork.architecture.tests.Sources.JavaFile;

/**
 * The layering rules of DESIGN.md, checked on every bundle's MANIFEST and Java imports: cores never touch SWT, JFace
 * or the workbench; no bundle or package cycles; every package a bundle uses is declared by the bundle itself
 * (Require-Bundle of the bundle that exports it, or Import-Package), never reached through another bundle's
 * re-export. A failure names the bundle, the file and the line to add.
 */
class ArchitectureTest {

    /** Toolkit packages and bundles only the UI bundles ({@code dev.lightwork.ui*}) may use. */
    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui");

    /** Packages every bundle sees without declaring them: the JRE and the OSGi framework. */
    private static final List<String> PLATFORM = List.of("java.", "javax.", "org.w3c.", "org.xml.", "org.ietf.", "jdk.", "org.osgi.");

    /** Third-party packages whose bundle name is not a prefix of the package: package prefix -> bundle. */
    private static final Map<String, String> THIRD_PARTY = Map.of(
            "org.chocosolver", "wrapped.org.choco-solver.choco-solver",
            "org.jfree.svg", "wrapped.org.jfree.org.jfree.svg",
            "org.hipparchus", "org.hipparchus.core",
            "org.eclipse.nebula.widgets.nattable", "org.eclipse.nebula.widgets.nattable.core",
            "org.eclipse.core.runtime", "org.eclipse.equinox.common",
            "org.eclipse.e4.ui.model.application", "org.eclipse.e4.ui.model.workbench");

    private static boolean startsWithPackage(String pkg, String prefix) {
        return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
    }

    @Test
    void coreBundlesNeverTouchTheUiToolkit() {
        List<String> violations = new ArrayList<>();
        for (Bundle b : Sources.BUNDLES.values()) {
            if (b.isUi()) {
                continue;
            }
            for (String r : b.requires()) {
                if (UI_PREFIXES.stream().anyMatch(p -> startsWithPackage(r, p))) {
                    violations.add(b.name() + " requires " + r);
                }
            }
            for (JavaFile f : b.files()) {
                for (String i : f.imports()) {
                    if (UI_PREFIXES.stream().anyMatch(p -> startsWithPackage(i, p))) {
                        violations.add(Sources.ROOT.relativize(f.path()) + " imports " + i);
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "core bundles (not dev.lightwork.ui*) must run without SWT/JFace/workbench");
    }

    @Test
    void bundlesFormNoCycle() {
        Map<String, List<String>> graph = new TreeMap<>();
        for (Bundle b : Sources.BUNDLES.values()) {
            graph.put(b.name(), b.requires().stream().filter(Sources.BUNDLES::containsKey).toList());
        }
        assertEquals(List.of(), Sources.cycles(graph), "Require-Bundle cycles between Lightwork bundles");
    }

    @Test
    void handWrittenPackagesFormNoCycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        Map<String, Set<String>> why = new TreeMap<>();
        for (Bundle b : Sources.BUNDLES.values()) {
            for (JavaFile f : b.files()) {
                if (f.generated()) {
                    continue;
                }
                Set<String> out = graph.computeIfAbsent(f.pkg(), k -> new TreeSet<>());
                for (String i : f.imports()) {
                    if (i.startsWith("dev.lightwork.") && !i.equals(f.pkg())) {
                        out.add(i);
                        why.computeIfAbsent(f.pkg() + " -> " + i, k -> new TreeSet<>()).add(f.path().getFileName().toString());
                    }
                }
            }
        }
        List<String> report = new ArrayList<>();
        for (List<String> cycle : Sources.cycles(graph)) {
            StringBuilder s = new StringBuilder("cycle " + cycle + ":");
            for (String a : cycle) {
                for (String b : cycle) {
                    Set<String> files = why.get(a + " -> " + b);
                    if (files != null) {
                        s.append("\n    ").append(a).append(" -> ").append(b).append(" in ").append(files);
                    }
                }
            }
            report.add(s.toString());
        }
        assertEquals(List.of(), report, "package cycles in hand-written code");
    }

    @Test
    void everyUsedPackageIsDeclaredByTheBundleItself() {
        List<String> violations = new ArrayList<>();
        for (Bundle b : Sources.BUNDLES.values()) {
            Set<String> own = new TreeSet<>();
            b.files().forEach(f -> own.add(f.pkg()));
            Set<String> reported = new TreeSet<>();
            for (JavaFile f : b.files()) {
                for (String pkg : f.imports()) {
                    if (own.contains(pkg) || PLATFORM.stream().anyMatch(pkg::startsWith) || b.importPackages().contains(pkg)
                            || b.requires().stream().anyMatch(r -> provides(r, pkg))) {
                        continue;
                    }
                    if (reported.add(pkg)) {
                        violations.add(b.name() + " uses " + pkg + " (" + Sources.ROOT.relativize(f.path()) + ") without declaring it: "
                                + suggestion(pkg));
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "undeclared (or only re-exported) dependencies");
    }

    /** True when bundle {@code r} exports {@code pkg}: from its MANIFEST for Lightwork bundles, by name otherwise. */
    private static boolean provides(String r, String pkg) {
        Bundle lightwork = Sources.BUNDLES.get(r);
        if (lightwork != null) {
            return lightwork.exports().contains(pkg);
        }
        if (r.startsWith("dev.lightwork.")) {
            return false; // a test or new bundle outside bundles/: nothing to go on
        }
        for (Map.Entry<String, String> e : THIRD_PARTY.entrySet()) {
            if (startsWithPackage(pkg, e.getKey())) {
                return e.getValue().equals(r) || startsWithPackage(pkg, r);
            }
        }
        return startsWithPackage(pkg, r);
    }

    private static String suggestion(String pkg) {
        for (Bundle o : Sources.BUNDLES.values()) {
            if (o.exports().contains(pkg)) {
                return "add 'Require-Bundle: " + o.name() + "'";
            }
        }
        for (Map.Entry<String, String> e : THIRD_PARTY.entrySet()) {
            if (startsWithPackage(pkg, e.getKey())) {
                return "add 'Require-Bundle: " + e.getValue() + "'";
            }
        }
        return "add 'Import-Package: " + pkg + "' or Require-Bundle of the bundle that exports it";
    }

    @Test
    void everyHandWrittenPackageSaysWhatItIsFor() {
        Set<String> missing = new TreeSet<>();
        for (Bundle b : Sources.BUNDLES.values()) {
            for (JavaFile f : b.files()) {
                if (!f.generated() && !java.nio.file.Files.exists(f.path().resolveSibling("package-info.java"))) {
                    missing.add(f.pkg() + " (" + b.name() + ")");
                }
            }
            assertFalse(!java.nio.file.Files.exists(b.dir().resolve("README.md")), b.name() + " has no README.md (its job, entry points, what it may import)");
        }
        assertEquals(Set.of(), missing, "packages without package-info.java");
    }
}
