package dev.lightwork.architecture.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository as the architecture tests see it: every bundle's MANIFEST (symbolic name, required bundles,
 * imported and exported packages) and the packages each Java source file imports. Read from the working tree, so
 * the tests check what is committed, not what a build happened to resolve.
 */
final class Sources {

    /** One bundle: its manifest headers and its Java files (hand-written {@code src/} and generated {@code src-gen/}). */
    record Bundle(String name, Path dir, List<String> requires, List<String> reexported, List<String> importPackages, List<String> exports,
            List<JavaFile> files) {

        boolean isUi() {
            return name.startsWith("dev.lightwork.ui");
        }
    }

    /** One Java file: its package, the packages it imports, and whether it is generated. */
    record JavaFile(Path path, String pkg, List<String> imports, boolean generated) {
    }

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);

    static final Path ROOT = findRoot();
    static final Map<String, Bundle> BUNDLES = readBundles();

    private Sources() {
    }

    private static Path findRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("bundles")) && Files.isRegularFile(q.resolve("pom.xml"))) {
                return q;
            }
        }
        throw new IllegalStateException("no repository (bundles/ next to pom.xml) above " + p);
    }

    private static Map<String, Bundle> readBundles() {
        Map<String, Bundle> out = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("bundles"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    continue;
                }
                Manifest m;
                try (var in = Files.newInputStream(mf)) {
                    m = new Manifest(in);
                }
                var a = m.getMainAttributes();
                String name = clauses(a.getValue("Bundle-SymbolicName")).get(0).split(";")[0].trim();
                List<String> requires = new ArrayList<>();
                List<String> reexported = new ArrayList<>();
                for (String c : clauses(a.getValue("Require-Bundle"))) {
                    String n = c.split(";")[0].trim();
                    requires.add(n);
                    if (c.contains("visibility:=reexport")) {
                        reexported.add(n);
                    }
                }
                List<String> imports = clauses(a.getValue("Import-Package")).stream().map(c -> c.split(";")[0].trim()).toList();
                List<String> exports = clauses(a.getValue("Export-Package")).stream().map(c -> c.split(";")[0].trim()).toList();
                List<JavaFile> files = new ArrayList<>();
                for (String root : List.of("src", "src-gen")) {
                    Path r = dir.resolve(root);
                    if (Files.isDirectory(r)) {
                        try (Stream<Path> walk = Files.walk(r)) {
                            for (Path f : walk.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                                files.add(read(f, root.equals("src-gen")));
                            }
                        }
                    }
                }
                out.put(name, new Bundle(name, dir, requires, reexported, imports, exports, files));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static JavaFile read(Path f, boolean generated) throws IOException {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        Matcher p = PACKAGE.matcher(s);
        String pkg = p.find() ? p.group(1) : "";
        List<String> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(s);
        while (m.find()) {
            imports.add(packageOf(m.group(1)));
        }
        return new JavaFile(f, pkg, imports, generated);
    }

    /** The package of an imported name: the segments before the first upper-case one (a class). */
    static String packageOf(String name) {
        StringBuilder pkg = new StringBuilder();
        for (String seg : name.split("\\.")) {
            if (!seg.isEmpty() && Character.isUpperCase(seg.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(seg);
        }
        return pkg.toString();
    }

    /** Splits a manifest header at top-level commas (not those inside quoted version ranges). */
    static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        StringBuilder c = new StringBuilder();
        boolean quoted = false;
        for (char ch : header.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                out.add(c.toString().trim());
                c.setLength(0);
            } else {
                c.append(ch);
            }
        }
        if (!c.toString().isBlank()) {
            out.add(c.toString().trim());
        }
        return out;
    }

    /** Strongly connected components with more than one member (the cycles) of a directed graph. */
    static List<List<String>> cycles(Map<String, ? extends java.util.Collection<String>> graph) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> low = new LinkedHashMap<>();
        java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void strongConnect(String v, Map<String, ? extends java.util.Collection<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, java.util.Deque<String> stack, java.util.Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        java.util.Collection<String> next = graph.get(v);
        for (String w : next == null ? List.<String>of() : next) {
            if (!index.containsKey(w)) {
                strongConnect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }
}
