package io.deepscalper.continuous;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each orchestrator test a fresh {@link TrainerHarness} in its own temporary work directory. */
abstract class WithTrainerHarness {
    @TempDir
    Path dir;
    TrainerHarness h;

    @BeforeEach
    void openHarness() {
        h = new TrainerHarness(dir);
    }

    @AfterEach
    void closeHarness() {
        h.close();
    }
}
