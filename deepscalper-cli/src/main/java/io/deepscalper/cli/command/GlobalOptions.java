package io.deepscalper.cli.command;

import java.nio.file.Path;

/**
 * The options every subcommand inherits from the top-level command ({@code --workdir}, {@code --verbose}).
 * Subcommands see the top-level command through this interface, so that they do not depend on the class that
 * lists them.
 */
public interface GlobalOptions {
    /** @return the working directory, absolute and normalised */
    Path workdir();

    /** @return true with {@code --verbose} */
    boolean verbose();
}
