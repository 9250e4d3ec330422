package io.deepscalper.cli;

/**
 * Logging set-up for the CLI's one SLF4J binding (slf4j-simple, quiet defaults in
 * {@code simplelogger.properties}): {@code --verbose} turns on debug logs of deepscalper. It runs
 * before the first logger is created; a {@code -D} on the command line wins. DJL is kept offline.
 */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose) {
        if (verbose) {
            setIfAbsent("org.slf4j.simpleLogger.log.io.deepscalper", "debug");
        }
        setIfAbsent("ai.djl.offline", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
