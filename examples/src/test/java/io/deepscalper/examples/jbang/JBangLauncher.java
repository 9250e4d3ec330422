package io.deepscalper.examples.jbang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a JBang script exactly as the {@code jbang} launcher script (and {@code examples/jbang/jbang}) does:
 * {@code dev.jbang.Main} resolves the {@code //DEPS}, compiles the script and prints the java command line; exit
 * code 255 means "execute that command", which is then run by bash like the launcher's {@code eval "exec ..."}.
 *
 * <p>Everything stays inside {@code target/jbang}: {@code JBANG_DIR} (JBang's cache), and {@code JBANG_REPO} (the
 * local Maven repository JBang writes to) with this build's modules staged in it by {@link ReactorRepository}.
 * Third-party jars come from the user's Maven local repository declared as JBang's only remote repository
 * ({@code --repos central=file://...}), so a run never touches the network and never writes to {@code ~/.m2}.
 */
final class JBangLauncher {
    /** What a script run produced. */
    record Result(int exitCode, String stdout, String stderr, String command) {
        String describe() {
            return "exit " + exitCode + " of " + command + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private final Path work;
    private final Path repository;
    private final Path thirdParty;
    private final List<Path> jbangClasspath;

    private JBangLauncher(Path work, Path thirdParty, List<Path> jbangClasspath) {
        this.work = work;
        this.repository = work.resolve("repository");
        this.thirdParty = thirdParty;
        this.jbangClasspath = jbangClasspath;
    }

    /**
     * A launcher working in {@code work} with jbang-cli taken from this JVM's class path (its artifacts are listed
     * in {@code jbang-cli.deps}) and this build's modules staged from {@code projectRoot}.
     */
    static JBangLauncher create(Path work, Path projectRoot, Path thirdParty, Path depsFile) throws IOException {
        List<Path> classpath = TestClasspath.entries();
        List<Path> jbang = new ArrayList<>();
        for (String line : Files.readAllLines(depsFile, StandardCharsets.UTF_8)) {
            String gav = line.strip();
            if (gav.isEmpty() || gav.startsWith("#")) {
                continue;
            }
            String[] parts = gav.split(":");
            jbang.add(TestClasspath.repositoryJar(classpath, parts[0], parts[1]).orElseThrow(
                    () -> new IllegalStateException(parts[0] + ":" + parts[1] + " (from " + depsFile
                            + ") is not on the test class path; is dev.jbang:jbang-cli a test dependency?")));
        }
        JBangLauncher launcher = new JBangLauncher(work, thirdParty, jbang);
        ReactorRepository.stage(launcher.repository, projectRoot, classpath);
        return launcher;
    }

    /** Runs {@code script} with {@code args}; each of the two processes gets at most {@code timeout}. */
    Result run(Path script, List<String> args, Duration timeout) throws IOException, InterruptedException {
        String name = script.getFileName().toString();
        List<String> jbang = new ArrayList<>(List.of(java(), "-cp", jbangClasspath.stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator)), "-Dslf4j.internal.verbosity=ERROR",
                "dev.jbang.Main", "run", "--fresh", "--repos", "central=" + thirdParty.toUri(),
                "--java-options=-Dai.djl.offline=true", "--java-options=-Dai.djl.pytorch.num_threads=2",
                script.toString()));
        jbang.addAll(args);
        Result build = exec(jbang, name + ".jbang", timeout);
        if (build.exitCode() != 255) {
            return build;
        }
        String command = build.stdout().strip();
        Result run = exec(List.of("bash", "-c", "exec " + command), name + ".run", timeout);
        return new Result(run.exitCode(), run.stdout(), build.stderr() + run.stderr(), command);
    }

    private Result exec(List<String> command, String logName, Duration timeout)
            throws IOException, InterruptedException {
        Path logs = Files.createDirectories(work.resolve("logs"));
        Path out = logs.resolve(logName + ".out");
        Path err = logs.resolve(logName + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("JBANG_DIR", work.resolve("home").toString());
        env.put("JBANG_REPO", repository.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("NO_COLOR", "1");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", command) + " ran past " + timeout + "; see " + logs);
        }
        return new Result(process.exitValue(), read(out), read(err), String.join(" ", command));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
