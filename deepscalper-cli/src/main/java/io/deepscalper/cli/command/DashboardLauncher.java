package io.deepscalper.cli.command;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.dashboard.DashboardOptions;
import io.deepscalper.dashboard.DashboardServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Starts the dashboard for {@code dashboard} and {@code start --dashboard}: checks the address and port
 * (a bad one is a usage error), says on stderr when the address is not loopback, and prints the URL.
 */
final class DashboardLauncher {
    private DashboardLauncher() {
    }

    static DashboardServer start(CommandLine cl, Path workdir, String bind, int port, PrintWriter out, PrintWriter err) {
        DashboardOptions options;
        try {
            options = new DashboardOptions(workdir, bind, port);
        } catch (InvalidConfigException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        if (!options.isLoopback()) {
            err.println("warning: the dashboard listens on " + bind + ", not on 127.0.0.1: anyone who can reach this "
                    + "address can read this working directory's metrics, models and config (there is no login)");
            err.flush();
        }
        DashboardServer server = DashboardServer.start(options);
        out.println("dashboard: " + server.url() + " (working directory " + options.workdir() + ")");
        out.flush();
        return server;
    }
}
