package io.deepscalper.data.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarCacheTest {
    private static final BarSeries SPY = BundledData.spyJanuary2011Raw();
    private static final BarInterval M1 = BarInterval.ONE_MINUTE;
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));

    private BarCache cache(long maxBytes) {
        return new BarCache(dir, maxBytes, Duration.ofDays(7), clock);
    }

    /** Stands for the process dying: an Error is not cleaned up by the writer, exactly like a kill. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void roundTripsRealBarsExactly() {
        BarCache cache = cache(1 << 30);
        cache.write(SPY, M1);
        assertThat(cache.read("SPY", M1)).contains(SPY);
        assertThat(cache.read("QQQ", M1)).isEmpty();
    }

    @Test
    void crashBetweenWriteAndRenameLosesAndCorruptsNothing() throws IOException {
        BarCache cache = cache(1 << 30);
        BarSeries v1 = SPY.slice(0, 5_000);
        cache.write(v1, M1);
        byte[] before = Files.readAllBytes(cache.fileFor("SPY", M1));

        cache.beforeRename(temp -> {
            throw new SimulatedCrash();
        });
        assertThatThrownBy(() -> cache.write(SPY, M1)).isInstanceOf(SimulatedCrash.class);

        // the crash left the fully written temp file behind, and the live file untouched
        assertThat(tempFiles()).isEqualTo(1);
        assertThat(Files.readAllBytes(cache.fileFor("SPY", M1))).isEqualTo(before);

        BarCache reopened = cache(1 << 30);
        assertThat(tempFiles()).isZero();
        assertThat(reopened.read("SPY", M1)).contains(v1);
        reopened.write(SPY, M1);
        assertThat(reopened.read("SPY", M1)).contains(SPY);
    }

    @Test
    void truncatedFileIsDetectedAndMovedAsideForRefetch() throws IOException {
        BarCache cache = cache(1 << 30);
        cache.write(SPY, M1);
        Path file = cache.fileFor("SPY", M1);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        assertThat(cache.read("SPY", M1)).isEmpty();
        assertThat(file).doesNotExist();
        try (Stream<Path> s = Files.list(dir.resolve("corrupt"))) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void flippedBitIsDetectedByTheChecksum() throws IOException {
        BarCache cache = cache(1 << 30);
        cache.write(SPY, M1);
        Path file = cache.fileFor("SPY", M1);
        byte[] all = Files.readAllBytes(file);
        all[all.length / 2] ^= 0x10;
        Files.write(file, all);
        assertThatThrownBy(() -> CacheFileFormat.decode(all, "x")).isInstanceOf(CorruptCacheFileException.class)
                .hasMessageContaining("checksum");
        assertThat(cache.read("SPY", M1)).isEmpty();
    }

    @Test
    void cleanupDeletesExpiredThenLeastRecentlyUsed() {
        BarSeries part = SPY.slice(0, 1_000);
        long one = CacheFileFormat.encode(BarSeries.of("AAA", part.startEpochSecondsColumn(), part.openColumn(),
                part.highColumn(), part.lowColumn(), part.closeColumn(), part.volumeColumn()), M1).length;
        BarCache bounded = cache(2 * one);
        for (String s : new String[] {"AAA", "BBB", "CCC"}) {
            bounded.write(BarSeries.of(s, part.startEpochSecondsColumn(), part.openColumn(), part.highColumn(),
                    part.lowColumn(), part.closeColumn(), part.volumeColumn()), M1);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(bounded.sizeBytes()).isEqualTo(3 * one);
        // AAA is read again, so BBB becomes the least recently used
        assertThat(bounded.read("AAA", M1)).isPresent();
        assertThat(bounded.cleanup()).isEqualTo(1);
        assertThat(bounded.read("BBB", M1)).isEmpty();
        assertThat(bounded.read("AAA", M1)).isPresent();
        assertThat(bounded.sizeBytes()).isEqualTo(2 * one);

        clock.advance(Duration.ofDays(8));
        bounded.read("CCC", M1);
        assertThat(bounded.cleanup()).isEqualTo(1);
        assertThat(bounded.read("AAA", M1)).isEmpty();
        assertThat(bounded.read("CCC", M1)).isPresent();
    }

    @Test
    void symbolsThatCouldEscapeTheDirectoryAreRejected() {
        BarCache cache = cache(1 << 20);
        for (String bad : new String[] {"../etc", "a/b", ".hidden", ""}) {
            assertThatThrownBy(() -> cache.fileFor(bad, M1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot name a cache file");
        }
        assertThat(cache.fileFor("BRK-B", M1).getFileName().toString()).isEqualTo("BRK-B_1m.dsbc");
        assertThat(Optional.of(cache.fileFor("^GSPC", M1).getParent())).contains(dir);
    }

    private long tempFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(BarCache.TEMP_PREFIX)).count();
        }
    }
}
