package io.deepscalper.benchmarks.data;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A benchmark program that prints bars per second of the data path by wall time and by this thread's
 * CPU time. On a machine shared with other builds the CPU-time figure is the steadier one (it leaves out
 * time the thread waited for a core; it also leaves out fsync waits, which the wall figure includes).
 * Run: {@code java -cp deepscalper-benchmarks/target/benchmarks.jar
 * io.deepscalper.benchmarks.data.DataPathCpuReport [rounds]}.
 */
public final class DataPathCpuReport {
    private DataPathCpuReport() {
    }

    /** @param args optional number of measured rounds per stage (default 30) */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        DataPathBenchmark b = new DataPathBenchmark();
        b.setUp();
        try {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            String[] names = {"parseCsv", "quality", "cacheCodec", "cacheWriteRead", "endToEnd"};
            System.out.printf(Locale.ROOT, "%-16s %16s %16s%n", "stage", "bars/s (wall)", "bars/s (cpu)");
            for (String name : names) {
                for (int w = 0; w < 10; w++) {
                    run(b, name);
                }
                long wall0 = System.nanoTime();
                long cpu0 = mx.getCurrentThreadCpuTime();
                for (int r = 0; r < rounds; r++) {
                    run(b, name);
                }
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double bars = (double) rounds * DataPathBenchmark.BARS;
                System.out.printf(Locale.ROOT, "%-16s %16.0f %16.0f%n", name, bars / wall, bars / cpu);
            }
        } finally {
            b.tearDown();
        }
    }

    private static Object run(DataPathBenchmark b, String name) throws Exception {
        return switch (name) {
            case "parseCsv" -> b.parseCsv();
            case "quality" -> b.quality();
            case "cacheCodec" -> b.cacheCodec();
            case "cacheWriteRead" -> b.cacheWriteRead();
            default -> b.endToEnd();
        };
    }
}
