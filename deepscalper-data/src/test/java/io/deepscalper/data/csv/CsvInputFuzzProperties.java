package io.deepscalper.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.data.quality.Checks;
import io.deepscalper.data.quality.QualityChecker;
import io.deepscalper.data.quality.QualityConfig;
import io.deepscalper.data.quality.QualityReport;
import io.deepscalper.data.raw.RawBars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzz test of the csv source (issue 15 item 5, issue 19 "done when"): a valid file of random bars with
 * one random defect. The outcome must be the one the defect calls for: a {@link PermanentDataSourceException}
 * for a malformed row, a counted repair by the quality checks for an absurd but well-formed bar, or the
 * exact bars for valid input. Any other exception (NPE, IndexOutOfBounds, DateTimeException,
 * NumberFormatException...) fails the property, and so does an invalid bar accepted without a count.
 */
class CsvInputFuzzProperties {
    private static final String HEADER = "timestamp,symbol,open,high,low,close,volume";
    private static final long FIRST = Instant.parse("2011-01-03T14:30:00Z").getEpochSecond();
    private static final Instant FROM = Instant.parse("2011-01-03T00:00:00Z");
    private static final Instant TO = Instant.parse("2011-01-04T00:00:00Z");
    private static final QualityChecker CHECKER = new QualityChecker(QualityConfig.defaults(), NyseCalendar.instance(),
            BarInterval.ONE_MINUTE);

    /** What the defect calls for. */
    enum Expect { ERROR, COUNTED, VALID }

    /** One defect: how it changes the row text, and what it calls for. */
    enum Defect {
        NONE(Expect.VALID), SCIENTIFIC(Expect.VALID), CRLF(Expect.VALID), UPPER_HEADER(Expect.VALID),
        NAN(Expect.ERROR), INFINITE(Expect.ERROR), NEGATIVE_PRICE(Expect.ERROR), ZERO_PRICE(Expect.ERROR),
        HIGH_BELOW_LOW(Expect.ERROR), NEGATIVE_VOLUME(Expect.ERROR), EMPTY_SYMBOL(Expect.ERROR),
        LOWER_CASE_SYMBOL(Expect.ERROR), QUOTED_SYMBOL(Expect.ERROR), EXTRA_COLUMN(Expect.ERROR),
        MISSING_COLUMN(Expect.ERROR), SHIFTED_COLUMNS(Expect.ERROR), DUPLICATE(Expect.ERROR),
        OUT_OF_ORDER(Expect.ERROR), BAD_MONTH(Expect.ERROR), BAD_TIMESTAMP(Expect.ERROR), OFF_GRID(Expect.ERROR),
        GARBAGE_NUMBER(Expect.ERROR), SPACE_IN_NUMBER(Expect.ERROR), BLANK_LINE(Expect.ERROR),
        CUT_LAST_LINE(Expect.ERROR), HUGE_YEAR(Expect.ERROR),
        HIGH_1E300(Expect.COUNTED), HIGH_X1000(Expect.COUNTED), LOW_DIV1000(Expect.COUNTED),
        VOLUME_1E15(Expect.COUNTED);

        final Expect expect;

        Defect(Expect expect) {
            this.expect = expect;
        }
    }

    @Property(tries = 400)
    void theOutcomeIsASpecificErrorACountedRepairOrTheValidBars(@ForAll @IntRange(min = 8, max = 60) int n,
                                                                 @ForAll long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        Defect defect = Defect.values()[r.nextInt(Defect.values().length)];
        List<String[]> rows = rows(n, r);
        int at = 1 + r.nextInt(n - 2);
        List<String> lines = apply(defect, rows, at, r);
        String eol = defect == Defect.CRLF ? "\r\n" : "\n";
        String text = String.join(eol, lines) + (defect == Defect.CUT_LAST_LINE ? "" : eol);
        Path dir = Files.createTempDirectory("csv-fuzz");
        try {
            Files.writeString(dir.resolve("SPY.csv"), text, StandardCharsets.UTF_8);
            BarSeries s;
            try {
                s = new CsvDataSource(Optional.of(dir), BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE,
                        FROM, TO);
            } catch (PermanentDataSourceException e) {
                assertThat(defect.expect).as(defect + " was refused: " + e.getMessage()).isEqualTo(Expect.ERROR);
                assertThat(e.getMessage()).contains("SPY.csv");
                return;
            }
            if (defect.expect == Expect.ERROR) {
                fail(defect + " at row " + at + " was accepted silently:\n" + text);
            }
            QualityReport q = CHECKER.check(RawBars.of(s), FROM, TO);
            if (defect.expect == Expect.COUNTED) {
                assertThat(q.issue(Checks.HIGH_OUTLIERS) + q.issue(Checks.LOW_OUTLIERS) + q.issue(Checks.VOLUME_OUTLIERS))
                        .as(defect + " counted").isEqualTo(1);
                assertThat(q.score()).isLessThan(1.0);
            } else {
                assertThat(s.size()).isEqualTo(n);
                for (int i = 0; i < n; i++) {
                    assertThat(s.close(i)).isEqualTo(Double.parseDouble(rows.get(i)[5]));
                }
                assertThat(q.issue(Checks.HIGH_OUTLIERS) + q.issue(Checks.LOW_OUTLIERS) + q.issue(Checks.VOLUME_OUTLIERS))
                        .as("valid bars are not flagged").isZero();
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** n valid regular-hours SPY minute bars from 2011-01-03 09:30 ET, a random walk around 126. */
    private static List<String[]> rows(int n, SplittableRandom r) {
        List<String[]> out = new ArrayList<>();
        double price = 126;
        for (int i = 0; i < n; i++) {
            double o = price;
            double c = o * (1 + (r.nextDouble() - 0.5) * 0.002);
            double h = Math.max(o, c) * (1 + r.nextDouble() * 0.0008);
            double l = Math.min(o, c) * (1 - r.nextDouble() * 0.0008);
            price = c;
            out.add(new String[] {Instant.ofEpochSecond(FIRST + 60L * i).toString(), "SPY", f(o), f(h), f(l), f(c),
                    Integer.toString(1000 + r.nextInt(50_000))});
        }
        return out;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static List<String> apply(Defect d, List<String[]> rows, int at, SplittableRandom r) {
        String[] row = rows.get(at).clone();
        String[] prev = rows.get(at - 1);
        int price = 2 + r.nextInt(4);
        boolean insertBlank = false;
        boolean swapWithNext = false;
        switch (d) {
            case NONE, CRLF, UPPER_HEADER, CUT_LAST_LINE -> { }
            case SCIENTIFIC -> row[price] = String.format(Locale.ROOT, "%.6E", Double.parseDouble(row[price]));
            case NAN -> row[price] = r.nextBoolean() ? "NaN" : "nan";
            case INFINITE -> row[price] = r.nextBoolean() ? "Infinity" : "-inf";
            case NEGATIVE_PRICE -> row[price] = "-" + row[price];
            case ZERO_PRICE -> row[price] = r.nextBoolean() ? "0" : "0.0000";
            case HIGH_BELOW_LOW -> row[3] = f(Double.parseDouble(row[4]) * 0.99);
            case NEGATIVE_VOLUME -> row[6] = "-" + row[6];
            case EMPTY_SYMBOL -> row[1] = "";
            case LOWER_CASE_SYMBOL -> row[1] = r.nextBoolean() ? "spy" : "Spy";
            case QUOTED_SYMBOL -> row[1] = "\"SPY\"";
            case EXTRA_COLUMN -> row[6] = row[6] + ",1";
            case MISSING_COLUMN -> row[6] = null;
            case SHIFTED_COLUMNS -> {
                // a column dropped and an empty one added at the end: every value lands one column early
                row[2] = row[3];
                row[3] = row[4];
                row[4] = row[5];
                row[5] = row[6];
                row[6] = "";
            }
            case DUPLICATE -> row[0] = prev[0];
            case OUT_OF_ORDER -> swapWithNext = true;
            case BAD_MONTH -> row[0] = row[0].replace("2011-01-", "2011-13-");
            case BAD_TIMESTAMP -> row[0] = r.nextBoolean() ? row[0].replace('T', ' ') : "yesterday";
            case OFF_GRID -> row[0] = row[0].replace(":00Z", ":" + (10 + r.nextInt(50)) + "Z");
            case GARBAGE_NUMBER -> row[price] = row[price] + "x";
            case SPACE_IN_NUMBER -> row[price] = " " + row[price];
            case BLANK_LINE -> insertBlank = true;
            case HUGE_YEAR -> row[0] = row[0].replace("2011-", "+99999-");
            case HIGH_1E300 -> row[3] = "1e300";
            case HIGH_X1000 -> row[3] = f(Double.parseDouble(row[5]) * 1000);
            case LOW_DIV1000 -> row[4] = f(Double.parseDouble(row[5]) / 1000);
            case VOLUME_1E15 -> row[6] = "1000000000000000";
            default -> throw new IllegalStateException(d.name());
        }
        List<String> lines = new ArrayList<>();
        lines.add(d == Defect.UPPER_HEADER ? HEADER.toUpperCase(Locale.ROOT) : HEADER);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = i == at ? row : rows.get(i);
            if (swapWithNext && i == at) {
                cells = rows.get(at + 1);
            } else if (swapWithNext && i == at + 1) {
                cells = rows.get(at);
            }
            if (insertBlank && i == at) {
                lines.add("");
            }
            lines.add(join(cells));
        }
        return lines;
    }

    private static String join(String[] cells) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (String c : cells) {
            if (c == null) {
                continue;
            }
            if (!first) {
                b.append(',');
            }
            b.append(c);
            first = false;
        }
        return b.toString();
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
