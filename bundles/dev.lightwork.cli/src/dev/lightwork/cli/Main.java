package dev.lightwork.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Plain-JVM entry point (no OSGi): {@code java -cp ... dev.lightwork.cli.Main validate examples/}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(LightworkCommand.execute(args, out, err));
    }
}
