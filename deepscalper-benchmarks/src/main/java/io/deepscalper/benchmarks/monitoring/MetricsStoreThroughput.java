package io.deepscalper.benchmarks.monitoring;

import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StoreConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark program: writes training-metric rows and custom-metric rows to a fresh store and prints
 * rows per second of wall time and rows per second of this thread's CPU time. The CPU-time figure is
 * what the store costs the training thread and is much less disturbed by other processes on a busy
 * machine than wall time (SQLite runs on the calling thread; in WAL mode with synchronous=NORMAL a
 * commit does not fsync).
 *
 * <p>Run: {@code java -cp deepscalper-benchmarks/target/benchmarks.jar
 * io.deepscalper.benchmarks.monitoring.MetricsStoreThroughput [rows] [batchSize] [rounds]}.
 */
public final class MetricsStoreThroughput {
    private MetricsStoreThroughput() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Map<String, Double> norms = Map.of("trunk.0.weight", 0.5);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "rows per round %d, batch %d%n", rows, batch);
        for (int round = 0; round < rounds; round++) {
            for (String kind : new String[] {"update", "custom"}) {
                Path dir = Files.createTempDirectory("metrics-throughput");
                try (MetricsStore store = MetricsStore.open(dir.resolve(MetricsStore.FILE_NAME),
                        StoreConfig.builder().batchSize(batch).flushIntervalMillis(0).build())) {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    for (int i = 0; i < rows; i++) {
                        if (kind.equals("update")) {
                            // a trainer sends a new event per update, with increasing steps and times
                            store.logUpdate(new UpdateEvent(i, i, 1.0 / (i + 1), 0.9 / (i + 1), 0.01, 0.5, 100_000,
                                    3e-4, 0.8, norms, norms, 15_000_000, 1_700_000_000_000L + i));
                        } else {
                            store.logMetric(i, 1_700_000_000_000L, "custom.q_share", i * 1e-3);
                        }
                    }
                    store.flush();
                    double wall = (System.nanoTime() - t0) / 1e9;
                    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                    System.out.printf(Locale.ROOT, "round %d %-6s rows: %,10.0f rows/s wall, %,10.0f rows/s CPU%n",
                            round, kind, rows / wall, rows / cpu);
                } finally {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }
}
