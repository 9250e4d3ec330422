package io.deepscalper.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import io.deepscalper.cli.config.Workdir;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** What every subcommand shares: the working directory, output streams and JSON output. */
abstract class BaseCommand {
    static final ObjectMapper JSON = Json.prettyTimeMapper();

    @CommandLine.ParentCommand
    GlobalOptions root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Workdir workdir() {
        return new Workdir(root.workdir());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(Object value) {
        try {
            out().println(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON output", e);
        }
        out().flush();
    }

    /** A usage error (exit code 2) with picocli's message format. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
