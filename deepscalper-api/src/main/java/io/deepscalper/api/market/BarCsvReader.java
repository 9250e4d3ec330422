package io.deepscalper.api.market;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads bar CSV files into one {@link BarSeries} per symbol, fast and strictly.
 *
 * <h2>Accepted format</h2>
 * <ul>
 *   <li>UTF-8 text (an optional byte-order mark is skipped), lines ending in {@code \n} or
 *       {@code \r\n}; a {@code .gz} file is decompressed on the fly by {@link #read(Path)}.</li>
 *   <li>Line 1 is the header {@value #HEADER} (case-insensitive).</li>
 *   <li>Every other line is one bar with exactly seven comma-separated fields, no quoting and no
 *       surrounding spaces:
 *     <ol>
 *       <li>{@code timestamp}: the bar's START as ISO-8601 with an offset,
 *           {@code yyyy-MM-ddTHH:mm:ss(Z|±HH:mm)}, for example {@code 2011-01-03T09:30:00-05:00}; an
 *           all-zero fraction such as {@code .000} is allowed, other sub-second parts are not;</li>
 *       <li>{@code symbol}: non-empty, case-sensitive, without spaces, quotes or control
 *           characters;</li>
 *       <li>{@code open, high, low, close}: decimal numbers ({@code 126.35}, {@code 1.2E2}),
 *           finite and {@code > 0}, with {@code low <= min(open, close)} and
 *           {@code high >= max(open, close)} (the rules of {@link Bar#validate});</li>
 *       <li>{@code volume}: a finite decimal {@code >= 0}.</li>
 *     </ol></li>
 *   <li>A file may interleave several symbols. Each symbol's rows must be in strictly ascending
 *       time order: a duplicate or earlier timestamp is an error, not something to sort or drop.</li>
 *   <li>Blank lines are errors. The last line must end with a line terminator unless
 *       {@link #allowingUnterminatedLastLine()} is used, because a missing terminator is what a file
 *       cut off in the middle of its last row looks like.</li>
 * </ul>
 *
 * <p>The first row that breaks a rule stops the read with a {@link CsvFormatException} naming the
 * 1-based line and the reason; no row is ever dropped silently. Parsing works on a reusable
 * character buffer (no regex, no {@code String.split}, no {@code OffsetDateTime.parse} per row), so
 * it allocates almost nothing per row beyond the growing columns.
 *
 * <p>Instances are immutable and thread-safe; each call reads independently.
 */
public final class BarCsvReader {
    /** The only accepted header line (compared case-insensitively). */
    public static final String HEADER = "timestamp,symbol,open,high,low,close,volume";
    private static final int COLUMNS = 7;
    private static final String[] FIELD = {"timestamp", "symbol", "open", "high", "low", "close", "volume"};

    private static final BarCsvReader STRICT = new BarCsvReader(true);

    private final boolean requireTerminatedLastLine;

    private BarCsvReader(boolean requireTerminatedLastLine) {
        this.requireTerminatedLastLine = requireTerminatedLastLine;
    }

    /** @return the default reader: every rule above, including the terminated last line */
    public static BarCsvReader strict() {
        return STRICT;
    }

    /**
     * @return a reader that accepts a last line without a line terminator when that line is a
     *     complete, valid row (for hand-written files); a cut-off row still fails on its fields
     */
    public BarCsvReader allowingUnterminatedLastLine() {
        return new BarCsvReader(false);
    }

    /**
     * Reads a plain or gzip-compressed ({@code .gz}) file.
     *
     * @return series by symbol, in order of each symbol's first row
     * @throws CsvFormatException naming the line and the reason when the content is bad
     * @throws IOException        when the file cannot be read
     */
    public Map<String, BarSeries> read(Path file) throws IOException {
        String source = String.valueOf(file.getFileName());
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = source.endsWith(".gz")
                    ? new GZIPInputStream(raw, 1 << 16)
                    : new BufferedInputStream(raw, 1 << 16);
            return read(in, source);
        }
    }

    /**
     * Reads UTF-8 CSV text from a stream (not closed).
     *
     * @param source a name for the input, used in error messages
     */
    public Map<String, BarSeries> read(InputStream in, String source) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /**
     * Reads CSV text from a reader (not closed).
     *
     * @param source a name for the input, used in error messages
     */
    public Map<String, BarSeries> read(Reader in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return new Run(new LineSource(in), source, requireTerminatedLastLine).readAll();
    }

    /**
     * Reads a file and returns one symbol's bars.
     *
     * @throws SymbolNotInFileException when the file holds no row for {@code symbol}
     */
    public BarSeries readSymbol(Path file, String symbol) throws IOException {
        Map<String, BarSeries> all = read(file);
        BarSeries series = all.get(symbol);
        if (series == null) {
            throw new SymbolNotInFileException(symbol, all.keySet(), String.valueOf(file.getFileName()));
        }
        return series;
    }

    /** Per-symbol accumulation: columns plus where the previous row was, for order errors. */
    private static final class SymbolRows {
        final BarSeries.Builder builder;
        long lastStart = Long.MIN_VALUE;
        long lastLine;

        SymbolRows(String symbol) {
            this.builder = BarSeries.builder(symbol);
        }
    }

    /** State of one read; not shared between threads. */
    private static final class Run {
        private final LineSource lines;
        private final String source;
        private final boolean requireTerminatedLastLine;
        private final IsoTimestampParser timestamps = new IsoTimestampParser();
        private final Map<String, SymbolRows> bySymbol = new LinkedHashMap<>();
        private final int[] commas = new int[COLUMNS - 1];
        private long line;
        private SymbolRows current;
        private String currentSymbol = "";
        private boolean lastRowUnterminated;

        Run(LineSource lines, String source, boolean requireTerminatedLastLine) {
            this.lines = lines;
            this.source = source;
            this.requireTerminatedLastLine = requireTerminatedLastLine;
        }

        Map<String, BarSeries> readAll() throws IOException {
            try {
                readHeader();
                while (lines.next()) {
                    line++;
                    parseRow(lines.buffer(), lines.start(), lines.end(), lines.terminated());
                }
            } catch (LineSource.LineTooLongException e) {
                throw new CsvFormatException(source, line + 1, e.getMessage());
            } catch (EOFException e) {
                throw new CsvFormatException(source, line + 1, "the compressed input ends early ("
                        + e.getMessage() + "); the file is truncated, download or copy it again");
            }
            Map<String, BarSeries> out = new LinkedHashMap<>();
            for (Map.Entry<String, SymbolRows> e : bySymbol.entrySet()) {
                out.put(e.getKey(), e.getValue().builder.build());
            }
            return Collections.unmodifiableMap(out);
        }

        private void readHeader() throws IOException {
            if (!lines.next()) {
                throw fail("the input is empty; expected the header '" + HEADER + "'");
            }
            line = 1;
            char[] b = lines.buffer();
            int s = lines.start();
            if (s < lines.end() && b[s] == '\uFEFF') {
                s++;
            }
            String header = new String(b, s, lines.end() - s);
            if (!header.equalsIgnoreCase(HEADER)) {
                String shown = header.length() > 120 ? header.substring(0, 120) + "..." : header;
                throw fail("bad header '" + shown + "'; expected '" + HEADER + "'");
            }
        }

        private void parseRow(char[] b, int s, int e, boolean terminated) {
            if (!terminated && requireTerminatedLastLine) {
                throw fail("the last line has no line terminator, so it was probably cut off mid-row; "
                        + "if the row is complete, add a newline at the end of the file (or read it with "
                        + "BarCsvReader.strict().allowingUnterminatedLastLine())");
            }
            lastRowUnterminated = !terminated;
            if (s == e) {
                throw fail("blank line; remove it (every line after the header must be a bar)");
            }
            int found = 0;
            for (int i = s; i < e; i++) {
                if (b[i] == ',') {
                    if (found == COLUMNS - 1) {
                        throw fail("more than " + COLUMNS + " columns; expected " + HEADER);
                    }
                    commas[found++] = i;
                }
            }
            if (found < COLUMNS - 1) {
                throw fail("only " + (found + 1) + " of " + COLUMNS + " columns (" + HEADER + ")"
                        + "; the row is truncated or malformed");
            }
            long start = parseTimestamp(b, s, commas[0]);
            SymbolRows rows = symbol(b, commas[0] + 1, commas[1]);
            double open = number(b, commas[1] + 1, commas[2], 2);
            double high = number(b, commas[2] + 1, commas[3], 3);
            double low = number(b, commas[3] + 1, commas[4], 4);
            double close = number(b, commas[4] + 1, commas[5], 5);
            double volume = number(b, commas[5] + 1, e, 6);
            try {
                Bar.validate(open, high, low, close, volume);
            } catch (InvalidBarException ex) {
                throw fail(ex.getMessage());
            }
            checkOrder(rows, start, b, s, commas[0]);
            rows.builder.add(start, open, high, low, close, volume);
        }

        private long parseTimestamp(char[] b, int s, int e) {
            try {
                return timestamps.parseEpochSecond(b, s, e);
            } catch (DateTimeException ex) {
                throw fail(ex.getMessage());
            }
        }

        private SymbolRows symbol(char[] b, int s, int e) {
            int n = e - s;
            if (n == 0) {
                throw fail("symbol is empty");
            }
            if (sameAsCurrentSymbol(b, s, n)) {
                return current;
            }
            String symbol = new String(b, s, n);
            if (!bySymbol.containsKey(symbol)) {
                requireBareSymbol(symbol);
            }
            current = bySymbol.computeIfAbsent(symbol, SymbolRows::new);
            currentSymbol = symbol;
            return current;
        }

        /** Runs once per new symbol: a quoted or padded symbol would silently become a second series. */
        private void requireBareSymbol(String symbol) {
            for (int i = 0; i < symbol.length(); i++) {
                char c = symbol.charAt(i);
                if (c <= ' ' || c == '"' || c == '\'') {
                    throw fail("symbol '" + symbol + "' contains a space, quote or control character; "
                            + "write symbols bare, e.g. SPY");
                }
            }
        }

        private boolean sameAsCurrentSymbol(char[] b, int s, int n) {
            if (n != currentSymbol.length()) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (b[s + k] != currentSymbol.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private double number(char[] b, int s, int e, int column) {
            try {
                return CsvNumbers.parse(b, s, e);
            } catch (NumberFormatException ex) {
                throw fail(FIELD[column] + " " + ex.getMessage());
            }
        }

        private void checkOrder(SymbolRows rows, long start, char[] b, int s, int e) {
            if (start > rows.lastStart) {
                rows.lastStart = start;
                rows.lastLine = line;
                return;
            }
            String stamp = new String(b, s, e - s);
            throw fail(start == rows.lastStart
                    ? "duplicate timestamp " + stamp + " for " + currentSymbol + " (same instant as line "
                    + rows.lastLine + "); remove one of the two rows"
                    : "timestamp " + stamp + " for " + currentSymbol + " is out of order: it is before line "
                    + rows.lastLine + "; rows of one symbol must be in ascending time order");
        }

        private CsvFormatException fail(String reason) {
            String why = lastRowUnterminated
                    ? reason + " (this last line has no line terminator: the file was probably cut off)"
                    : reason;
            return new CsvFormatException(source, Math.max(line, 1), why);
        }
    }
}
