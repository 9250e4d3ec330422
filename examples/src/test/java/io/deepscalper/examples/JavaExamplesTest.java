package io.deepscalper.examples;

import io.deepscalper.examples.jbang.ExpectedOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every Java example's {@code main} with {@code --quick} in this JVM and checks what it prints. */
@Tag("integration")
@Isolated
class JavaExamplesTest {
    static Stream<ExpectedOutput> examples() {
        return ExpectedOutput.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void mainRunsQuicklyAndPrintsItsResult(ExpectedOutput expected) throws Exception {
        Method main = Class.forName("io.deepscalper.examples." + expected.name()).getMethod("main", String[].class);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[] {"--quick"});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        expected.check(out);
    }
}
