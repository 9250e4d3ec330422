package io.deepscalper.examples.jbang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each JBang script is its header plus the Java example from the first import on, as
 * {@code examples/jbang/generate-from-java.sh} writes it: the two forms of a scenario cannot drift apart.
 */
class JBangScriptsMatchJavaTest {
    private static final Path PROJECT = Path.of(System.getProperty("deepscalper.projectRoot", "..")).toAbsolutePath()
            .normalize();

    static List<ExpectedOutput> examples() {
        return ExpectedOutput.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void scriptBodyIsTheJavaExample(ExpectedOutput example) throws IOException {
        String java = Files.readString(PROJECT.resolve("examples/src/main/java/io/deepscalper/examples/"
                + example.script()));
        String script = Files.readString(PROJECT.resolve("examples/jbang/" + example.script()));

        assertThat(script).startsWith("///usr/bin/env jbang").contains("//DEPS io.deepscalper:deepscalper-");
        assertThat(script.substring(script.indexOf("\nimport ") + 1))
                .as("examples/jbang/%s is stale; run examples/jbang/generate-from-java.sh", example.script())
                .isEqualTo(java.substring(java.indexOf("\nimport ") + 1));
    }
}
