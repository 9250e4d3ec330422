package io.deepscalper.examples.jbang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The user-facing launcher {@code examples/jbang/jbang}: finds jbang-cli in the Maven repository and execs. */
@Tag("integration")
@DisabledOnOs(OS.WINDOWS)
class JBangShellLauncherTest {
    private static final Path PROJECT = Path.of(System.getProperty("deepscalper.projectRoot", "..")).toAbsolutePath()
            .normalize();
    private static final String M2 = System.getProperty("deepscalper.localRepository",
            System.getProperty("user.home") + "/.m2/repository");

    @Test
    void printsJbangsVersion(@TempDir Path home) throws Exception {
        Result r = launch(home, List.of("--version"));

        assertThat(r.exit).as(r.err).isZero();
        // JBang writes its version to stderr, like its other messages; stdout is reserved for the command
        assertThat(r.err.strip()).isEqualTo("0.132.1");
    }

    @Test
    void runsAScriptByExecutingTheCommandJbangPrints(@TempDir Path home) throws Exception {
        Path script = home.resolve("Hello.java");
        Files.writeString(script, "public class Hello { public static void main(String[] a) {"
                + " System.out.println(\"hello \" + String.join(\"+\", a)); } }");

        Result r = launch(home, List.of(script.toString(), "a", "b"));

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).isEqualTo("hello a+b\n");
    }

    @Test
    void saysWhatToDoWhenJbangIsNotInTheRepository(@TempDir Path home) throws Exception {
        ProcessBuilder pb = builder(home, List.of("--version"));
        pb.environment().put("M2_REPO", home.resolve("empty-repository").toString());
        Result r = run(pb);

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("dev.jbang:jbang-cli is not in").contains("./mvnw -B install");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result launch(Path home, List<String> args) throws Exception {
        return run(builder(home, args));
    }

    private static ProcessBuilder builder(Path home, List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash",
                PROJECT.resolve("examples/jbang/jbang").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("M2_REPO", M2);
        pb.environment().put("JBANG_DIR", home.resolve("jbang").toString());
        pb.environment().put("JBANG_REPO", home.resolve("repository").toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb;
    }

    private static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("launcher ran past 3 minutes");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
