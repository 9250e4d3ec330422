package io.deepscalper.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The example runs end to end in CI size and prints the agent next to every baseline. */
@Tag("integration")
class TrainAgentExampleTest {

    @Test
    void quickRunPrintsTheAgentAndBaselineTable() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            TrainAgentExample.main(new String[] {"--quick", "--steps", "500"});
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("500 steps, 200 updates").contains("Held-out sessions 2011-01-25..2011-01-31");
        assertThat(text).containsPattern("metric +dqn +flat +buy_and_hold +random +momentum");
        assertThat(text).containsPattern("total return +-?[0-9.]+%");
    }
}
