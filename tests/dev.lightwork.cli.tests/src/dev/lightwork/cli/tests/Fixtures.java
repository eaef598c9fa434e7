package dev.lightwork.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hostile design files of issue 14 ({@code fixtures/issue14/}), copied into a test folder (PORT replaced when given). */
final class Fixtures {

    private Fixtures() {
    }

    static Path copy(String name, Path folder, int port) throws IOException {
        String text;
        try (InputStream in = Designs.resource("fixtures/issue14/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = folder.resolve(name);
        Files.writeString(file, text.replace("PORT", Integer.toString(port)), StandardCharsets.UTF_8);
        return file;
    }
}
