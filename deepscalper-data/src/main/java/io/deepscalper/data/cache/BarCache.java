package io.deepscalper.data.cache;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.market.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On-disk bar cache (normally {@code <workdir>/data_cache/}): one file per symbol and interval, named
 * {@code <SYMBOL>_<interval>.dsbc}, in {@link CacheFileFormat}.
 *
 * <ul>
 *   <li><b>Crash-safe.</b> Every write goes through {@link AtomicFiles}: temporary file, fsync, atomic
 *       rename, directory fsync. Temporary files left by a crash are deleted when the cache opens.</li>
 *   <li><b>Integrity.</b> A file that fails its length, marker or CRC-32C check is moved to
 *       {@code corrupt/} (kept for inspection, never read again) and reported as absent, so the caller
 *       refetches its bars.</li>
 *   <li><b>Bounded.</b> {@link #cleanup()} first deletes entries not used (read or written) for longer
 *       than {@code maxAge}, then the least recently used entries until the total is at most
 *       {@code maxBytes}. Use times are kept in memory and start from each file's modification time.</li>
 * </ul>
 * Thread-safe: operations on one entry are serialized; different entries proceed in parallel.
 */
public final class BarCache {
    /** File-name extension of cache entries. */
    public static final String EXTENSION = ".dsbc";
    /** Prefix of temporary files in the cache directory; leftovers from a crash are deleted on open. */
    public static final String TEMP_PREFIX = ".tmp-";
    /**
     * How files in the cache directory are replaced: temporary files named with {@link #TEMP_PREFIX} (so the
     * next open deletes what a crash left), and no fallback to a non-atomic rename.
     */
    public static final AtomicFiles.Replacement REPLACEMENT = AtomicFiles.Replacement.standard()
            .withTempPrefix(TEMP_PREFIX).requireAtomicRename("put the cache on a local file system");
    private static final Logger LOG = LoggerFactory.getLogger(BarCache.class);
    private static final Pattern SAFE_SYMBOL = Pattern.compile("[A-Za-z0-9^=\\-][A-Za-z0-9.^=\\-]{0,31}");

    private final Path dir;
    private final long maxBytes;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<Path, Instant> lastUse = new ConcurrentHashMap<>();
    private final Map<Path, Object> locks = new ConcurrentHashMap<>();
    private volatile AtomicFiles.BeforeRename beforeRename = t -> { };

    /**
     * Opens (creating if needed) a cache directory and deletes temporary files left by a crash.
     *
     * @param dir      the directory
     * @param maxBytes the size bound enforced by {@link #cleanup()}
     * @param maxAge   entries unused for longer are deleted by {@link #cleanup()}
     * @param clock    time source for use times
     */
    public BarCache(Path dir, long maxBytes, Duration maxAge, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("cache size bound must be > 0 bytes but was " + maxBytes);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("cache expiry must be positive but was " + maxAge);
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.clock = clock;
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(TEMP_PREFIX)) {
                        LOG.info("Deleting {} left by an interrupted cache write", name);
                        Files.deleteIfExists(p);
                    } else if (name.endsWith(EXTENSION)) {
                        lastUse.put(p, Files.getLastModifiedTime(p).toInstant());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open cache directory " + dir.toAbsolutePath(), e);
        }
    }

    /** @return the cache directory */
    public Path directory() {
        return dir;
    }

    /** @return the file that holds {@code symbol}'s bars of {@code interval} */
    public Path fileFor(String symbol, BarInterval interval) {
        if (!SAFE_SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("symbol '" + symbol + "' cannot name a cache file: use 1 to 32 of "
                    + "A-Z a-z 0-9 . ^ = - and do not start with '.'");
        }
        return dir.resolve(symbol + "_" + interval + EXTENSION);
    }

    /**
     * @return the cached bars, or empty when absent or corrupt (a corrupt file is moved to
     *     {@code corrupt/} and logged, so the caller refetches)
     */
    public Optional<BarSeries> read(String symbol, BarInterval interval) {
        Path file = fileFor(symbol, interval);
        synchronized (lock(file)) {
            byte[] data;
            try {
                data = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read cache file " + file.toAbsolutePath(), e);
            }
            try {
                CacheFileFormat.Decoded d = CacheFileFormat.decode(data, file.getFileName().toString());
                if (!d.interval().equals(interval) || !d.bars().symbol().equals(symbol)) {
                    throw new CorruptCacheFileException(file.getFileName().toString(), "holds " + d.bars().symbol()
                            + " " + d.interval() + " instead of " + symbol + " " + interval);
                }
                lastUse.put(file, clock.instant());
                return Optional.of(d.bars());
            } catch (CorruptCacheFileException e) {
                LOG.warn(e.getMessage());
                quarantine(file);
                return Optional.empty();
            }
        }
    }

    /** Atomically replaces the cached bars of the series' symbol and {@code interval}. */
    public void write(BarSeries bars, BarInterval interval) {
        Path file = fileFor(bars.symbol(), interval);
        synchronized (lock(file)) {
            try {
                REPLACEMENT.withBeforeRename(beforeRename).write(file, CacheFileFormat.encode(bars, interval));
                lastUse.put(file, clock.instant());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write cache file " + file.toAbsolutePath()
                        + " (the previous version is intact)", e);
            }
        }
    }

    /**
     * Deletes expired entries, then least-recently-used ones until the cache fits {@code maxBytes}.
     *
     * @return the number of entries deleted
     */
    public int cleanup() {
        Instant now = clock.instant();
        int deleted = 0;
        List<Map.Entry<Path, Instant>> entries = new ArrayList<>(lastUse.entrySet());
        entries.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        long total = sizeBytes();
        for (Map.Entry<Path, Instant> e : entries) {
            boolean expired = Duration.between(e.getValue(), now).compareTo(maxAge) > 0;
            if (!expired && total <= maxBytes) {
                continue;
            }
            Path file = e.getKey();
            synchronized (lock(file)) {
                try {
                    long size = Files.size(file);
                    Files.deleteIfExists(file);
                    total -= size;
                } catch (NoSuchFileException ignored) {
                    // already gone
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot delete cache file " + file.toAbsolutePath(), ex);
                }
                lastUse.remove(file);
                deleted++;
                LOG.info("Cache cleanup deleted {} ({})", file.getFileName(), expired ? "expired" : "least recently used");
            }
        }
        return deleted;
    }

    /** @return the total size of the cache entries in bytes */
    public long sizeBytes() {
        long total = 0;
        for (Path p : lastUse.keySet()) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                lastUse.remove(p);
            }
        }
        return total;
    }

    /** @return the last use time of an entry, when cached */
    public Optional<Instant> lastUse(String symbol, BarInterval interval) {
        return Optional.ofNullable(lastUse.get(fileFor(symbol, interval)));
    }

    /** Test hook: runs between the temp-file fsync and the rename of every write. */
    void beforeRename(AtomicFiles.BeforeRename hook) {
        this.beforeRename = hook;
    }

    private Object lock(Path file) {
        return locks.computeIfAbsent(file, f -> new Object());
    }

    private void quarantine(Path file) {
        try {
            Path corrupt = Files.createDirectories(dir.resolve("corrupt"));
            Path target = corrupt.resolve(file.getFileName() + "." + clock.millis());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move corrupt cache file " + file.toAbsolutePath() + " aside", e);
        }
        lastUse.remove(file);
    }
}
