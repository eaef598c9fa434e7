package dev.lightwork.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.cli.tests.Designs.Run;

/**
 * Issue 14 item 2: schema locations, a URL namespace and references into other documents (http, ftp, another file,
 * href elements) never open a connection or another file; each is refused with exit 2 and
 * {@code file:line:col: reference to <uri> is not allowed}. A local listener records every connection attempt.
 */
class NoNetworkNoSecondaryDocumentsTest {

    @TempDir
    Path dir;

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        }, "no-network-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException, InterruptedException {
        listener.close();
        acceptor.join(2000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-network-schema-location.lightwork", "no-network-no-namespace-schema-location.lightwork",
            "no-network-root-namespace-url.lightwork", "no-network-laser-over-http.lightwork", "no-network-laser-over-ftp.lightwork",
            "no-network-laser-in-other-file.lightwork", "no-network-laser-href-element.lightwork"})
    void referenceToAnotherDocumentIsRefusedWithoutAConnection(String fixture) throws IOException {
        Path file = Fixtures.copy(fixture, dir, listener.getLocalPort());
        // the other local file exists and is a valid design: it must still not be read
        Files.copy(Fixtures.copy("no-network-schema-location.lightwork", Files.createDirectories(dir.resolve("x")), 1), dir.resolve("other.lightwork"));
        for (String command : new String[] {"validate", "report", "diagram"}) {
            Run run = command.equals("validate") ? Designs.run("validate", file.toString())
                    : Designs.run(command, "-o", dir.resolve("out").toString(), file.toString());
            assertEquals(2, run.exitCode(), command + ": " + run.out() + run.err());
            String all = run.out() + run.err();
            assertTrue(Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: reference to \\S+ is not allowed").matcher(all).find(), all);
        }
        assertEquals(0, connections.get(), "connections to the listener");
    }
}
