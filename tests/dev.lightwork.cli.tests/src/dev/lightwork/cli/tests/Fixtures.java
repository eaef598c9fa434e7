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
            // byte for byte (ISO-8859-1 maps each byte to one char): a fixture with invalid UTF-8 must stay invalid
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Path file = folder.resolve(name);
        Files.write(file, text.replace("PORT", Integer.toString(port)).getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }
}
