package io.deepscalper.api.spi;

/**
 * Common shape of every plug-in found through {@link java.util.ServiceLoader}, modelled on DJL's
 * {@code EngineProvider} and JDBC drivers: a stable name that config files and the CLI use, and a
 * priority that decides the default when no name is given.
 */
public interface Provider {

    /** @return the stable, lower-case name used in config and on the command line, e.g. {@code "csv"} */
    String name();

    /** @return the default-selection priority; the highest wins when no name is asked for */
    default int priority() {
        return 0;
    }
}
