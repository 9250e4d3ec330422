package io.deepscalper.dashboard;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.InvalidConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the dashboard reads and where it listens.
 *
 * @param workdir the working directory to show (it may still be empty: the page fills as a trainer writes)
 * @param bind    the address to listen on; {@link #LOOPBACK} unless the user asks for another one
 * @param port    the TCP port, 0 for any free one (tests)
 */
public record DashboardOptions(Path workdir, String bind, int port) {
    /** The default address: only this machine can reach the page. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 7070;

    /** Validates the port and the address (it must resolve, so a typo fails before the server starts). */
    public DashboardOptions {
        Objects.requireNonNull(workdir, "workdir");
        workdir = workdir.toAbsolutePath().normalize();
        ConfigChecks.nonBlank("dashboard.bind", bind);
        ConfigChecks.inRange("dashboard.port", port, 0, 65535);
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new InvalidConfigException("dashboard.bind", "dashboard.bind must be an IP address or a host name "
                    + "of this machine, e.g. 127.0.0.1 or 0.0.0.0, but was '" + bind + "' (" + e.getMessage() + ")");
        }
    }

    /** @return the options for {@code workdir} on 127.0.0.1 and the given port */
    public static DashboardOptions loopback(Path workdir, int port) {
        return new DashboardOptions(workdir, LOOPBACK, port);
    }

    /** @return true when only this machine can connect ({@code 127.x}, {@code ::1}, {@code localhost}) */
    public boolean isLoopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // the constructor resolved it; a name that stops resolving is not known to be local
        }
    }
}
