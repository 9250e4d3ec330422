package io.deepscalper.examples.jbang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every script in {@code examples/jbang/} with {@code --quick} through {@link JBangLauncher} (JBang resolving
 * the scripts' {@code //DEPS} against this build, offline) and checks what each prints.
 */
@Tag("integration")
class JBangExamplesTest {
    private static final Path PROJECT = Path.of(System.getProperty("deepscalper.projectRoot", "..")).toAbsolutePath()
            .normalize();
    private static final Path SCRIPTS = PROJECT.resolve("examples/jbang");
    private static JBangLauncher launcher;

    @BeforeAll
    static void stage() throws IOException {
        Path m2 = Path.of(System.getProperty("deepscalper.localRepository",
                System.getProperty("user.home") + "/.m2/repository"));
        launcher = JBangLauncher.create(PROJECT.resolve("examples/target/jbang"), PROJECT, m2,
                SCRIPTS.resolve("jbang-cli.deps"));
    }

    static Stream<ExpectedOutput> scripts() {
        return ExpectedOutput.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void scriptRunsLikeJbangAndPrintsItsResult(ExpectedOutput expected) throws Exception {
        Path script = SCRIPTS.resolve(expected.script());
        JBangLauncher.Result result = launcher.run(script, List.of("--quick"), Duration.ofMinutes(8));

        assertThat(result.exitCode()).as(result.describe()).isZero();
        expected.check(result.stdout());
    }

    @Test
    void everyScriptInTheFolderIsChecked() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            List<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .sorted().toList();
            assertThat(scripts).containsExactlyInAnyOrderElementsOf(
                    ExpectedOutput.ALL.stream().map(ExpectedOutput::script).toList());
        }
    }

    @Test
    void aScriptThatDoesNotCompileFailsWithJavacsMessage(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path broken = dir.resolve("Broken.java");
        Files.writeString(broken, "public class Broken { public static void main(String[] a) { int x = \"s\"; } }");
        JBangLauncher.Result result = launcher.run(broken, List.of(), Duration.ofMinutes(3));

        assertThat(result.exitCode()).isNotIn(0, 255);
        assertThat(result.stderr()).contains("incompatible types");
    }
}
