package io.deepscalper.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process through picocli's API and captures its output. */
final class Cli {
    record Result(int exitCode, String out, String err) {
    }

    static Result run(Path workdir, String... args) {
        List<String> all = new ArrayList<>(List.of("--workdir", workdir.toString()));
        all.addAll(List.of(args));
        CommandLine cl = DeepScalperCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
