package io.deepscalper.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DataFailure;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.data.cache.MutableClock;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import io.deepscalper.data.yahoo.YahooStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPipelineTest {
    private static final BarInterval M1 = BarInterval.ONE_MINUTE;
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-05T15:00:00Z"));

    static final class Recorder implements DataUpdateListener {
        final List<DataUpdate> updates = new CopyOnWriteArrayList<>();
        final List<DataFailure> failures = new CopyOnWriteArrayList<>();

        @Override
        public void onUpdate(DataUpdate update) {
            updates.add(update);
        }

        @Override
        public void onFailure(DataFailure failure) {
            failures.add(failure);
        }
    }

    private static DataSource synthetic(Map<String, String> options) {
        return new SyntheticDataSource().configure(ProviderOptions.of(options));
    }

    private DataPipeline pipeline(DataSource source, Path cacheDir, String... symbols) {
        DataPipelineConfig config = DataPipelineConfig.builder().symbols(symbols).lookbackDays(3).build();
        return new DataPipeline(config, source, cacheDir, clock);
    }

    @Test
    void updatesAreIncrementalAndMergeWithoutDuplicates() {
        DataSource source = synthetic(Map.of("seed", "5"));
        try (DataPipeline p = pipeline(source, dir, "AAA", "BBB")) {
            Recorder r = new Recorder();
            p.addListener(r);
            List<DataUpdate> first = p.updateNow();
            // Monday 2024-03-04 full session and Tuesday 09:30..09:59 ET are inside the 3-day lookback
            assertThat(first).extracting(DataUpdate::symbol).containsExactlyInAnyOrder("AAA", "BBB");
            // the simulator's jumps may be flagged as return outliers, which costs a little score
            assertThat(first).allMatch(u -> u.newBars() == 420 && u.accepted() && u.quality().score() > 0.99);
            assertThat(r.updates).hasSize(2);

            clock.advance(Duration.ofMinutes(10));
            List<DataUpdate> second = p.updateNow();
            assertThat(second).allMatch(u -> u.newBars() == 10);
            assertThat(second.get(0).firstNew()).isEqualTo(Instant.parse("2024-03-05T15:00:00Z"));

            BarSeries held = p.trainingData("AAA").orElseThrow();
            Instant keepFrom = clock.instant().minus(Duration.ofDays(3));
            assertThat(held).isEqualTo(source.fetch("AAA", M1, keepFrom, Instant.parse("2024-03-05T15:10:00Z")));
            assertThat(held.size()).isEqualTo(430);

            assertThat(p.updateNow()).as("nothing new within the same minute").isEmpty();
        }
    }

    @Test
    void oneSymbolFailingDoesNotStopTheOthersAndIsRetried() {
        DataSource source = synthetic(Map.of("symbols", "AAA,BBB"));
        try (DataPipeline p = pipeline(source, dir, "AAA", "ZZZ", "BBB")) {
            Recorder r = new Recorder();
            p.addListener(r);
            assertThat(p.updateNow()).extracting(DataUpdate::symbol).containsExactlyInAnyOrder("AAA", "BBB");
            assertThat(r.failures).singleElement().satisfies(f -> {
                assertThat(f.symbol()).isEqualTo("ZZZ");
                assertThat(f.transientFailure()).isFalse();
                assertThat(f.consecutiveFailures()).isEqualTo(1);
                assertThat(f.reason()).contains("ZZZ");
            });
            clock.advance(Duration.ofMinutes(5));
            assertThat(p.updateNow()).hasSize(2);
            assertThat(r.failures).hasSize(2);
            assertThat(r.failures.get(1).consecutiveFailures()).isEqualTo(2);
            assertThat(p.consecutiveFailures("ZZZ")).isEqualTo(2);
            assertThat(p.consecutiveFailures("AAA")).isZero();
        }
    }

    /** A third-party source with a bug for one symbol: its exception must stay with that symbol. */
    static final class BuggySource implements DataSource {
        private final DataSource delegate = synthetic(Map.of());

        @Override
        public String name() {
            return "buggy";
        }

        @Override
        public java.util.Set<BarInterval> supportedIntervals() {
            return delegate.supportedIntervals();
        }

        @Override
        public BarSeries fetch(String symbol, BarInterval interval, Instant from, Instant to) {
            if (symbol.equals("BUG")) {
                throw new IllegalStateException("plug-in bug");
            }
            return delegate.fetch(symbol, interval, from, to);
        }
    }

    @Test
    void aBuggySourceFailsOnlyItsSymbol() {
        try (DataPipeline p = pipeline(new BuggySource(), dir, "BUG", "AAA")) {
            Recorder r = new Recorder();
            p.addListener(r);
            assertThat(p.updateNow()).extracting(DataUpdate::symbol).containsExactly("AAA");
            assertThat(r.failures).singleElement().satisfies(f -> {
                assertThat(f.reason()).isEqualTo("plug-in bug");
                assertThat(f.transientFailure()).isFalse();
            });
        }
    }

    @Test
    void transientHttpFailureIsIsolatedAndTheRealNullBarIsRemediated() {
        try (YahooStub stub = new YahooStub()) {
            clock.advance(Duration.between(clock.instant(), Instant.parse("2024-10-03T01:00:00Z")));
            DataSource yahoo = stub.source(Map.of("maxRetries", "1"));
            DataPipelineConfig config = DataPipelineConfig.builder().symbols("AAPL", "FLAKY").lookbackDays(2).build();
            try (DataPipeline p = new DataPipeline(config, yahoo, dir, clock)) {
                Recorder r = new Recorder();
                p.addListener(r);
                List<DataUpdate> updates = p.updateNow();
                assertThat(updates).singleElement().satisfies(u -> {
                    assertThat(u.symbol()).isEqualTo("AAPL");
                    assertThat(u.accepted()).isTrue();
                    assertThat(u.quality().issueCounts()).containsEntry("nan_or_infinite", 1);
                    assertThat(u.quality().remediations()).containsEntry("quarantined", 1)
                            .containsEntry("forward_filled", 1);
                    assertThat(u.newBars()).isEqualTo(390);
                });
                assertThat(r.failures).singleElement().satisfies(f -> {
                    assertThat(f.symbol()).isEqualTo("FLAKY");
                    assertThat(f.transientFailure()).isTrue();
                    assertThat(f.reason()).contains("HTTP 503");
                });
            }
        }
    }

    @Test
    void corruptCacheFileIsRefetched() throws Exception {
        DataSource source = synthetic(Map.of());
        try (DataPipeline p = pipeline(source, dir, "AAA")) {
            p.updateNow();
            BarSeries before = p.trainingData("AAA").orElseThrow();
            Path file = dir.resolve("AAA_1m.dsbc");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
            clock.advance(Duration.ofMinutes(1));
            List<DataUpdate> updates = p.updateNow();
            assertThat(updates.get(0).newBars()).isEqualTo(before.size() + 1);
            BarSeries after = p.trainingData("AAA").orElseThrow();
            assertThat(after.slice(0, before.size())).isEqualTo(before);
        }
    }

    @Test
    void scheduledUpdatesRunAndCloseStopsThemCleanly() throws Exception {
        DataPipelineConfig config = DataPipelineConfig.builder().symbols("AAA").lookbackDays(7).build();
        DataPipeline p = new DataPipeline(config, synthetic(Map.of()), dir, java.time.Clock.systemUTC());
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        p.addListener(u -> first.countDown());
        p.start();
        assertThat(first.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        p.close();
        p.close();
        assertThatThrownBy(p::updateNow).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(p::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        // close() waited for the pools; give their threads a bounded moment to leave run()
        for (int i = 0; i < 100 && pipelineThreadsAlive(); i++) {
            Thread.sleep(50);
        }
        assertThat(pipelineThreadsAlive()).isFalse();
    }

    private static boolean pipelineThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("deepscalper-data") && t.isAlive());
    }
}
