package io.deepscalper.benchmarks.market;

import io.deepscalper.api.market.BarCsvReader;
import io.deepscalper.api.market.BarCsvWriter;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV parsing throughput of {@link BarCsvReader} in bars per second (JMH's ops/s, because each
 * invocation is declared as one operation per row). Inputs are held in memory, so the figure is the
 * parser's, not the disk's: the bundled SPY month (14,180 real rows) and 100,000 synthetic rows of
 * the same layout, plain and gzip-compressed.
 *
 * <pre>
 * ./mvnw -B -o -q -Pbench -pl deepscalper-benchmarks -am package -DskipTests
 * java -jar deepscalper-benchmarks/target/benchmarks.jar CsvParseBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvParseBenchmark {
    /** Rows in the bundled SPY file. */
    static final int SPY_ROWS = 14_180;
    /** Rows in the synthetic input. */
    static final int SYNTHETIC_ROWS = 100_000;

    private byte[] spy;
    private byte[] synthetic;
    private byte[] syntheticGzip;

    /** Loads the bundled file and writes the synthetic one, checking the row counts the benchmarks declare. */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = BundledData.class.getResourceAsStream(BundledData.SPY_JANUARY_2011)) {
            spy = in.readAllBytes();
        }
        synthetic = csv(syntheticSeries(SYNTHETIC_ROWS), false);
        syntheticGzip = csv(syntheticSeries(SYNTHETIC_ROWS), true);
        requireRows(parse(spy), SPY_ROWS);
        requireRows(parse(synthetic), SYNTHETIC_ROWS);
    }

    /** @return the parsed bundled SPY month */
    @Benchmark
    @OperationsPerInvocation(SPY_ROWS)
    public Map<String, BarSeries> spyJanuary2011() throws IOException {
        return parse(spy);
    }

    /** @return 100k synthetic rows parsed */
    @Benchmark
    @OperationsPerInvocation(SYNTHETIC_ROWS)
    public Map<String, BarSeries> synthetic100k() throws IOException {
        return parse(synthetic);
    }

    /** @return 100k synthetic rows decompressed and parsed */
    @Benchmark
    @OperationsPerInvocation(SYNTHETIC_ROWS)
    public Map<String, BarSeries> synthetic100kGzip() throws IOException {
        return BarCsvReader.strict().read(new GZIPInputStream(new ByteArrayInputStream(syntheticGzip),
                1 << 16), "bench.csv.gz");
    }

    private static Map<String, BarSeries> parse(byte[] bytes) throws IOException {
        return BarCsvReader.strict().read(new ByteArrayInputStream(bytes), "bench.csv");
    }

    private static void requireRows(Map<String, BarSeries> parsed, int rows) {
        int n = parsed.values().stream().mapToInt(BarSeries::size).sum();
        if (n != rows) {
            throw new IllegalStateException("benchmark declares " + rows + " rows but the input has " + n);
        }
    }

    /** A random walk in cents with minute bars, like the real data's price and volume formats. */
    private static BarSeries syntheticSeries(int n) {
        SplittableRandom random = new SplittableRandom(42);
        BarSeries.Builder b = BarSeries.builder("SPY");
        long t = 1_294_065_000L;
        long cents = 12_635;
        for (int i = 0; i < n; i++) {
            long open = cents;
            long close = Math.max(100, open + random.nextInt(-20, 21));
            long high = Math.max(open, close) + random.nextInt(0, 6);
            long low = Math.max(1, Math.min(open, close) - random.nextInt(0, 6));
            b.add(t, open / 100.0, high / 100.0, low / 100.0, close / 100.0, random.nextInt(100, 2_000_000));
            cents = close;
            t += 60;
        }
        return b.build();
    }

    private static byte[] csv(BarSeries series, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(gzip ? new GZIPOutputStream(bytes) : bytes, StandardCharsets.UTF_8)) {
            BarCsvWriter.newYork().write(w, List.of(series));
        }
        return bytes.toByteArray();
    }
}
