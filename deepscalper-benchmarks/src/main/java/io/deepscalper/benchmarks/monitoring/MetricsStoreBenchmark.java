package io.deepscalper.benchmarks.monitoring;

import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Write throughput of the SQLite metrics store in rows per second (the target is at least
 * 100k). Each invocation logs {@value #ROWS} rows and commits them; the score is rows/s. Run:
 * {@code java -jar deepscalper-benchmarks/target/benchmarks.jar MetricsStoreBenchmark -f 1 -wi 2 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class MetricsStoreBenchmark {
    static final int ROWS = 100_000;

    @Param({"1024", "4096"})
    int batchSize;

    private Path dir;
    private MetricsStore store;
    private final Map<String, Double> norms = Map.of("trunk.0.weight", 0.5);
    private long step;

    @Setup(Level.Iteration)
    public void open() throws IOException {
        dir = Files.createTempDirectory("metrics-bench");
        step = 0;
        store = MetricsStore.open(dir.resolve(MetricsStore.FILE_NAME),
                StoreConfig.builder().batchSize(batchSize).flushIntervalMillis(1000).build());
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Training-metric rows (one per learner update), committed. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void logUpdates() {
        for (int i = 0; i < ROWS; i++) {
            // a trainer sends a new event per update, with increasing steps and times
            long s = step++;
            store.logUpdate(new UpdateEvent(s, s, 1.0 / (i + 1), 0.9 / (i + 1), 0.01, 0.5, 100_000, 3e-4, 0.8, norms,
                    norms, 15_000_000, 1_700_000_000_000L + s));
        }
        store.flush();
    }

    /** Custom scalar rows (what metric providers produce), committed. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void logCustomMetrics() {
        for (int i = 0; i < ROWS; i++) {
            long s = step++;
            store.logMetric(s, 1_700_000_000_000L + s, "custom.q_share", i * 1e-3);
        }
        store.flush();
    }
}
