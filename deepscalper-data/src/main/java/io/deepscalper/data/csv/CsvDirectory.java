package io.deepscalper.data.csv;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarCsvReader;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.CsvFormatException;
import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.api.spi.TransientDataSourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Lists a directory's bar files by symbol, parses them, and keeps parsed files until they change. */
final class CsvDirectory {
    private final Path dir;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(long size, long modified, Map<String, BarSeries> bySymbol) {
    }

    CsvDirectory(Path dir) {
        this.dir = dir;
    }

    List<Path> filesOf(String symbol) {
        List<Path> out = new ArrayList<>();
        for (Path p : list()) {
            if (symbol.equals(CsvDataSource.symbolOf(p))) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    Set<String> symbols() {
        Set<String> out = new TreeSet<>();
        for (Path p : list()) {
            out.add(CsvDataSource.symbolOf(p));
        }
        return out;
    }

    private List<Path> list() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> CsvDataSource.symbolOf(p) != null).toList();
        } catch (IOException e) {
            throw new TransientDataSourceException("cannot list csv directory " + dir.toAbsolutePath() + ": " + e, e);
        }
    }

    /**
     * Reads and merges the symbol's rows of every file; a bar held twice must be identical.
     *
     * @param interval the interval the files hold, for the grid check of {@link CsvRows}
     */
    BarSeries read(String symbol, List<Path> files, BarInterval interval) {
        List<BarSeries> parts = new ArrayList<>();
        List<Path> origin = new ArrayList<>();
        for (Path f : files) {
            Map<String, BarSeries> bySymbol = parse(f);
            CsvRows.checkSymbols(f, symbol, bySymbol);
            BarSeries s = bySymbol.get(symbol);
            if (s != null && !s.isEmpty()) {
                CsvRows.checkGrid(f, s, interval);
                parts.add(s);
                origin.add(f);
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return merge(symbol, parts, origin);
    }

    private static BarSeries merge(String symbol, List<BarSeries> parts, List<Path> origin) {
        int[] pos = new int[parts.size()];
        BarSeries.Builder b = BarSeries.builder(symbol);
        long last = Long.MIN_VALUE;
        int lastPart = -1;
        while (true) {
            int best = -1;
            for (int k = 0; k < parts.size(); k++) {
                if (pos[k] < parts.get(k).size() && (best < 0
                        || parts.get(k).startEpochSecond(pos[k]) < parts.get(best).startEpochSecond(pos[best]))) {
                    best = k;
                }
            }
            if (best < 0) {
                return b.build();
            }
            BarSeries s = parts.get(best);
            int i = pos[best]++;
            long t = s.startEpochSecond(i);
            if (t == last) {
                BarSeries prev = parts.get(lastPart);
                int j = pos[lastPart] - 1;
                if (prev.open(j) != s.open(i) || prev.high(j) != s.high(i) || prev.low(j) != s.low(i)
                        || prev.close(j) != s.close(i) || prev.volume(j) != s.volume(i)) {
                    throw new PermanentDataSourceException("csv files " + origin.get(lastPart).getFileName() + " and "
                            + origin.get(best).getFileName() + " disagree on " + symbol + " bar " + s.start(i)
                            + "; remove or correct one of them");
                }
                continue;
            }
            b.add(t, s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
            last = t;
            lastPart = best;
        }
    }

    private Map<String, BarSeries> parse(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Parsed p = parsed.get(file);
            if (p != null && p.size == a.size() && p.modified == a.lastModifiedTime().toMillis()) {
                return p.bySymbol;
            }
            Map<String, BarSeries> bySymbol = BarCsvReader.strict().read(file);
            parsed.put(file, new Parsed(a.size(), a.lastModifiedTime().toMillis(), bySymbol));
            return bySymbol;
        } catch (CsvFormatException e) {
            throw new PermanentDataSourceException("csv file " + file.toAbsolutePath() + " is malformed: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new TransientDataSourceException("cannot read csv file " + file.toAbsolutePath() + ": " + e, e);
        }
    }
}
