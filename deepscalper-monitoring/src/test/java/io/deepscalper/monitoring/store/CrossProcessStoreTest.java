package io.deepscalper.monitoring.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs on one {@code metrics.db}: a child process writes, this JVM reads while it writes, and then
 * kills it with SIGKILL in the middle of writing.
 */
@Tag("integration")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrossProcessStoreTest {
    @TempDir
    Path dir;

    private Process child;
    private BufferedReader childOut;

    @AfterEach
    void killChild() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    private void startWriter(Path db, int batch, long pauseMillis, long maxRows) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", StoreWriterChild.class.getName(), db.toString(),
                Integer.toString(batch), Long.toString(pauseMillis), Long.toString(maxRows));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        child = pb.start();
        childOut = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(childOut.readLine()).isEqualTo("READY");
    }

    /** @return the committed row count the child reported once it reported at least {@code atLeast} */
    private long awaitCommitted(long atLeast) throws IOException {
        String line;
        while ((line = childOut.readLine()) != null) {
            if (line.startsWith("COMMITTED ")) {
                long n = Long.parseLong(line.substring("COMMITTED ".length()));
                if (n >= atLeast) {
                    return n;
                }
            }
        }
        throw new AssertionError("child writer ended before committing " + atLeast + " rows; exit "
                + child.exitValue());
    }

    @Test
    void aReaderInThisJvmSeesRowsTheChildCommitsWhileItKeepsWriting() throws Exception {
        Path db = dir.resolve(MetricsStore.FILE_NAME);
        startWriter(db, 200, 20, 10_000_000);
        long first = awaitCommitted(1_000);
        try (MetricsStore reader = MetricsStore.openReadOnly(db)) {
            long seen1 = reader.count(MetricsTable.TRAINING_METRICS);
            assertThat(seen1).isGreaterThanOrEqualTo(first);
            long later = awaitCommitted(seen1 + 2_000);
            long seen2 = reader.count(MetricsTable.TRAINING_METRICS);
            assertThat(child.isAlive()).as("the writer is still writing").isTrue();
            assertThat(seen2).isGreaterThanOrEqualTo(later).isGreaterThan(seen1);
            List<TrainingMetric> lastRows = reader.recent(5);
            assertThat(lastRows).hasSize(5);
            assertThat(lastRows.get(4).step()).isEqualTo(lastRows.get(0).step() + 4);
        }
    }

    @Test
    void afterKillMinus9EveryCommittedRowIsThereAndTheFileIsSound() throws Exception {
        Path db = dir.resolve(MetricsStore.FILE_NAME);
        // no pause: the child is in the middle of a batch or a commit when it dies
        startWriter(db, 500, 0, 100_000_000);
        long committed = awaitCommitted(20_000);
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close, no checkpoint
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isNotZero();

        try (MetricsStore reopened = MetricsStore.open(db, StoreConfig.defaults())) {
            assertThat(reopened.integrityCheck()).isEqualTo("ok");
            long rows = reopened.count(MetricsTable.TRAINING_METRICS);
            assertThat(rows).isGreaterThanOrEqualTo(committed);
            assertThat(rows % 500).as("only whole batches were committed").isZero();
            List<TrainingMetric> all = reopened.trainingBySteps(0, Long.MAX_VALUE);
            for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i).step()).isEqualTo(i);
            }
            reopened.logUpdate(Events.update(rows));
            reopened.flush();
            assertThat(reopened.count(MetricsTable.TRAINING_METRICS)).isEqualTo(rows + 1);
        }
    }
}
