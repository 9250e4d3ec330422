package io.deepscalper.data.csv;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.PermanentDataSourceException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Checks the rows a file holds for its symbol beyond the reader's per-row rules, so that a file whose
 * rows would otherwise be skipped or mis-placed without a word is refused with a reason.
 */
final class CsvRows {
    private CsvRows() {
    }

    /**
     * Refuses a file that holds rows but none for {@code symbol} (it would silently add no bars), and rows
     * whose symbol equals {@code symbol} but for case ({@code spy} in {@code SPY.csv}: symbols are
     * case-sensitive, so they would silently be another symbol's rows).
     */
    static void checkSymbols(Path file, String symbol, Map<String, BarSeries> bySymbol) {
        for (String other : bySymbol.keySet()) {
            if (!other.equals(symbol) && other.equalsIgnoreCase(symbol)) {
                throw new PermanentDataSourceException("csv file " + file.toAbsolutePath() + " holds rows for '"
                        + other + "', which differs from the symbol '" + symbol + "' of its name only in case; "
                        + "symbols are case-sensitive: write them the same way in the name and the symbol column");
            }
        }
        if (!bySymbol.isEmpty() && !bySymbol.containsKey(symbol)) {
            throw new PermanentDataSourceException("csv file " + file.toAbsolutePath() + " is named for " + symbol
                    + " but holds rows only for " + bySymbol.keySet() + "; rename the file or fix its symbol column");
        }
    }

    /**
     * Refuses a bar off the interval's grid: every bar start must share the first bar's remainder modulo the
     * interval, so a {@code 09:30:17} among whole minutes, or a 5-minute file read as 1-minute bars starting
     * at {@code :02}, is an error instead of a bar the calendar never expects; bars of whole-minute
     * intervals must also start on a whole minute. Only intervals that divide an hour are checked, since
     * longer ones (daily bars at local midnight) move with daylight saving time.
     */
    static void checkGrid(Path file, BarSeries s, BarInterval interval) {
        long step = interval.seconds();
        if (step <= 0 || 3600 % step != 0 || s.isEmpty()) {
            return;
        }
        long phase = Math.floorMod(s.startEpochSecond(0), step);
        if (step % 60 == 0 && phase % 60 != 0) {
            throw new PermanentDataSourceException("csv file " + file.toAbsolutePath() + ": " + s.symbol()
                    + " bar " + Instant.ofEpochSecond(s.startEpochSecond(0)) + " does not start on a whole minute; "
                    + interval + " bars must");
        }
        for (int i = 1; i < s.size(); i++) {
            if (Math.floorMod(s.startEpochSecond(i), step) != phase) {
                throw new PermanentDataSourceException("csv file " + file.toAbsolutePath() + ": " + s.symbol()
                        + " bar " + Instant.ofEpochSecond(s.startEpochSecond(i)) + " is off the " + interval
                        + " grid of the first bar " + Instant.ofEpochSecond(s.startEpochSecond(0))
                        + "; bars must start a whole number of intervals apart (set option 'interval' if the file "
                        + "holds another interval)");
            }
        }
    }
}
