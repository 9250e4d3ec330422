package io.deepscalper.benchmarks.data;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarCsvReader;
import io.deepscalper.api.market.BarCsvWriter;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.data.cache.BarCache;
import io.deepscalper.data.cache.CacheFileFormat;
import io.deepscalper.data.quality.QualityChecker;
import io.deepscalper.data.quality.QualityConfig;
import io.deepscalper.data.quality.QualityReport;
import io.deepscalper.data.raw.RawBars;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bars per second through the data path: CSV parsing (core's reader), quality checks, the cache's
 * codec and a crash-safe cache write plus read, and all of them end to end. Input: the real SPY
 * January 2011 regular-hours bars (bundled in core) laid onto 240 consecutive full NYSE days, 93,600 bars.
 * Each benchmark handles all {@value #BARS} bars per invocation and declares them with
 * {@code @OperationsPerInvocation}, so JMH's score in ops/s is bars/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class DataPathBenchmark {
    static final int MONTHS = 12;
    static final int BARS = MONTHS * 7_800;

    private Path dir;
    private Path csv;
    private RawBars raw;
    private BarSeries series;
    private BarCache cache;
    private QualityChecker checker;
    private Instant from;
    private Instant to;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        BarSeries month = BundledData.spyJanuary2011().bars();
        BarSeries.Builder b = BarSeries.builder("SPY");
        ZoneId ny = ZoneId.of("America/New_York");
        NyseCalendar cal = NyseCalendar.instance();
        LocalDate day = LocalDate.of(2011, 1, 3);
        int perDay = 390;
        int written = 0;
        while (written < BARS) {
            // lay the real sessions onto consecutive full NYSE trading days, keeping minute offsets
            while (!cal.isTradingDay(day) || cal.isEarlyClose(day)) {
                day = day.plusDays(1);
            }
            long open = day.atTime(9, 30).atZone(ny).toEpochSecond();
            int src = (written / perDay) % 20;
            for (int k = 0; k < perDay; k++) {
                int i = src * perDay + k;
                b.add(open + 60L * k, month.open(i), month.high(i), month.low(i), month.close(i), month.volume(i));
            }
            written += perDay;
            day = day.plusDays(1);
        }
        series = b.build();
        raw = RawBars.of(series);
        dir = Files.createTempDirectory("ds-bench");
        csv = dir.resolve("SPY.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            BarCsvWriter.newYork().write(w, List.of(series));
        }
        cache = new BarCache(dir.resolve("cache"), 1L << 32, Duration.ofDays(30), Clock.systemUTC());
        checker = new QualityChecker(QualityConfig.defaults(), cal, BarInterval.ONE_MINUTE);
        from = series.start(0).atZone(ny).toLocalDate().atStartOfDay(ny).toInstant();
        to = series.start(series.size() - 1).plusSeconds(60);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Core's strict CSV reader on a plain file. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public Map<String, BarSeries> parseCsv() throws IOException {
        return BarCsvReader.strict().read(csv);
    }

    /** Every quality check and remediation on a clean batch. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public QualityReport quality() {
        return checker.check(raw, from, to);
    }

    /** Cache file encode and checked decode, in memory. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public BarSeries cacheCodec() {
        return CacheFileFormat.decode(CacheFileFormat.encode(series, BarInterval.ONE_MINUTE), "bench").bars();
    }

    /** Crash-safe cache write (temp file, fsync, atomic rename, directory fsync) and checked read. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public BarSeries cacheWriteRead() {
        cache.write(series, BarInterval.ONE_MINUTE);
        return cache.read("SPY", BarInterval.ONE_MINUTE).orElseThrow();
    }

    /** Parse, quality-check and cache (write + read back), end to end. */
    @Benchmark
    @OperationsPerInvocation(BARS)
    public BarSeries endToEnd() throws IOException {
        BarSeries parsed = BarCsvReader.strict().read(csv).get("SPY");
        QualityReport report = checker.check(RawBars.of(parsed), from, to);
        cache.write(report.clean(), BarInterval.ONE_MINUTE);
        return cache.read("SPY", BarInterval.ONE_MINUTE).orElseThrow();
    }

}
