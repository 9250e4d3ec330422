package io.deepscalper.data.csv;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.spi.AvailableRange;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.UnknownSymbolException;
import io.deepscalper.api.spi.UnsupportedIntervalException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code csv} data source: a directory of bar files in the shared layout, read with core's
 * {@link io.deepscalper.api.market.BarCsvReader} (same format, same line-numbered errors).
 *
 * <h2>Layout</h2>
 * A file belongs to symbol {@code X} when its name is {@code X.csv}, or starts with {@code X_} and ends
 * in {@code .csv} (e.g. {@code SPY_1min_2011-01.csv}); each may also be gzipped ({@code .csv.gz}).
 * A symbol may have one file or many (e.g. one per month); their bars are merged in time order, and
 * a bar that two files both hold must be identical in both. Only rows of that symbol are used, so a
 * file may hold several symbols. Subdirectories are not searched.
 *
 * <p><b>Options:</b> {@code dir}, the directory (required unless the bundled data is wanted);
 * {@code interval}, the bar interval the files hold (default {@code 1m}). Without {@code dir}, the
 * ServiceLoader prototype serves the SPY January 2011 bars bundled in core, so the source works out of
 * the box. Parsed files are kept in memory until their size or modification time changes.
 */
public final class CsvDataSource implements DataSource {
    private static final Set<String> OPTIONS = Set.of("dir", "interval");

    private final Optional<Path> dir;
    private final BarInterval interval;
    private final CsvDirectory files;

    /** The prototype ServiceLoader creates: the bundled SPY January 2011 1-minute bars. */
    public CsvDataSource() {
        this(Optional.empty(), BarInterval.ONE_MINUTE);
    }

    /**
     * @param dir      the directory, or empty for the bundled data
     * @param interval the interval of the bars in the files
     */
    public CsvDataSource(Optional<Path> dir, BarInterval interval) {
        this.dir = dir;
        this.interval = interval;
        this.files = dir.map(CsvDirectory::new).orElse(null);
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public Set<BarInterval> supportedIntervals() {
        return Set.of(interval);
    }

    @Override
    public Set<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public DataSource configure(ProviderOptions options) {
        options.requireOnly(name(), OPTIONS);
        BarInterval i;
        try {
            i = options.get("interval").map(BarInterval::parse).orElse(BarInterval.ONE_MINUTE);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("csv.interval", "csv option 'interval': " + e.getMessage());
        }
        if (options.get("dir").isEmpty()) {
            return new CsvDataSource(Optional.empty(), i);
        }
        Path d = options.getPath("dir");
        if (!Files.isDirectory(d)) {
            throw new InvalidConfigException("csv.dir", "csv option 'dir' must be an existing directory but "
                    + d.toAbsolutePath() + " is " + (Files.exists(d) ? "not a directory" : "missing"));
        }
        return new CsvDataSource(Optional.of(d), i);
    }

    /** @return the directory read, or empty when serving the bundled data */
    public Optional<Path> directory() {
        return dir;
    }

    @Override
    public BarSeries fetch(String symbol, BarInterval requested, Instant from, Instant to) {
        checkFetchArguments(symbol, requested, from, to);
        BarSeries all = all(symbol);
        int a = all.lowerBound(from.getEpochSecond());
        int b = all.lowerBound(to.getEpochSecond());
        return all.slice(a, b);
    }

    /** The files' first and last bar of {@code symbol}: they are all read, so this is exact. */
    @Override
    public Optional<AvailableRange> availableRange(String symbol, BarInterval requested) {
        if (requested == null || !supportedIntervals().contains(requested)) {
            throw new UnsupportedIntervalException(name(), requested, supportedIntervals());
        }
        BarSeries all = all(symbol);
        return all.isEmpty() ? Optional.empty() : Optional.of(new AvailableRange(all.start(0), all.start(all.size() - 1)));
    }

    private BarSeries all(String symbol) {
        BarSeries all;
        if (files == null) {
            if (!symbol.equals(BundledData.SPY)) {
                throw new UnknownSymbolException(name(), symbol, "without option 'dir' the csv source serves only the "
                        + "bundled " + BundledData.SPY + " data; set dir=<directory of CSV files>");
            }
            all = Bundled.SPY_RAW;
        } else {
            List<Path> matching = files.filesOf(symbol);
            if (matching.isEmpty()) {
                throw new UnknownSymbolException(name(), symbol, "no file " + symbol + ".csv, " + symbol
                        + "_*.csv or their .gz in " + dir.get().toAbsolutePath() + "; files there are for "
                        + files.symbols());
            }
            all = files.read(symbol, matching, interval);
        }
        return all;
    }

    /** @return the symbols the directory has files for (upper-cased as written in the file names) */
    public Set<String> symbols() {
        return files == null ? Set.of(BundledData.SPY) : files.symbols();
    }

    /** Lazily parsed bundled data, shared by every prototype-configured instance. */
    private static final class Bundled {
        static final BarSeries SPY_RAW = BundledData.spyJanuary2011Raw();
    }

    static String symbolOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem;
        if (lower.endsWith(".csv.gz")) {
            stem = name.substring(0, name.length() - 7);
        } else if (lower.endsWith(".csv")) {
            stem = name.substring(0, name.length() - 4);
        } else {
            return null;
        }
        int underscore = stem.indexOf('_');
        String symbol = underscore < 0 ? stem : stem.substring(0, underscore);
        return symbol.isEmpty() ? null : symbol;
    }
}
