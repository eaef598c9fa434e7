package dev.lightwork.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The product's headless application: the same command line as {@link Main}, started by Equinox. */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = LightworkCommand.execute(args == null ? new String[0] : args, out, err);
        // Equinox maps an Integer result to the process exit code (eclipse.exitcode).
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // nothing to interrupt: commands run to completion on the calling thread
    }
}
