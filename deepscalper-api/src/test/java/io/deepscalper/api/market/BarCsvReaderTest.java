package io.deepscalper.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarCsvReaderTest {
    private static final String HEADER = "timestamp,symbol,open,high,low,close,volume\n";
    private static final String ROW1 = "2011-01-03T09:30:00-05:00,SPY,126.71,126.8,126.69,126.77,1023483\n";
    private static final String ROW2 = "2011-01-03T09:31:00-05:00,SPY,126.77,126.78,126.73,126.75,213234\n";
    private static final String ROW3 = "2011-01-03T09:32:00-05:00,SPY,126.75,126.76,126.7,126.71,164519\n";

    private static Map<String, BarSeries> read(String csv) throws IOException {
        return BarCsvReader.strict().read(new StringReader(csv), "test.csv");
    }

    private static CsvFormatException failure(String csv) {
        try {
            read(csv);
        } catch (CsvFormatException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a CsvFormatException for:\n" + csv);
    }

    @Test
    void readsBarsWithExactValuesAndInstants() throws IOException {
        BarSeries spy = read(HEADER + ROW1 + ROW2 + ROW3).get("SPY");
        assertThat(spy.size()).isEqualTo(3);
        assertThat(spy.start(0)).isEqualTo(Instant.parse("2011-01-03T14:30:00Z"));
        assertThat(spy.start(2)).isEqualTo(Instant.parse("2011-01-03T14:32:00Z"));
        assertThat(spy.bar(0)).isEqualTo(new Bar(Instant.parse("2011-01-03T14:30:00Z"),
                126.71, 126.8, 126.69, 126.77, 1023483));
        assertThat(spy.low(2)).isEqualTo(Double.parseDouble("126.7"));
    }

    @Test
    void acceptsCrLfBomUtcZuluZeroFractionsAndExponents() throws IOException {
        String csv = "\uFEFFTimestamp,Symbol,Open,High,Low,Close,Volume\r\n"
                + "2011-01-03T14:30:00Z,SPY,126.71,126.8,126.69,126.77,1.023483E6\r\n"
                + "2011-01-03T09:31:00.000-05:00,SPY,+126.77,126.78,126.73,126.75,0\r\n";
        BarSeries spy = read(csv).get("SPY");
        assertThat(spy.startEpochSecondsColumn()).containsExactly(
                Instant.parse("2011-01-03T14:30:00Z").getEpochSecond(), Instant.parse("2011-01-03T14:31:00Z").getEpochSecond());
        assertThat(spy.volume(0)).isEqualTo(1_023_483.0);
        assertThat(spy.open(1)).isEqualTo(126.77);
    }

    @Test
    void splitsInterleavedSymbolsAndChecksOrderPerSymbol() throws IOException {
        String csv = HEADER
                + "2011-01-03T09:30:00-05:00,SPY,10,11,9,10.5,100\n"
                + "2011-01-03T09:30:00-05:00,QQQ,20,21,19,20.5,200\n"
                + "2011-01-03T09:31:00-05:00,SPY,10.5,11,10,10.8,150\n"
                + "2011-01-03T09:31:00-05:00,QQQ,20.5,21,20,20.9,250\n";
        Map<String, BarSeries> all = read(csv);
        assertThat(all.keySet()).containsExactly("SPY", "QQQ");
        assertThat(all.get("SPY").closeColumn()).containsExactly(10.5, 10.8);
        assertThat(all.get("QQQ").volumeColumn()).containsExactly(200, 250);
    }

    @Test
    void headerOnlyGivesNoSeries() throws IOException {
        assertThat(read(HEADER)).isEmpty();
    }

    @Test
    void readsGzipFilesAndPlainFiles(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("bars.csv");
        Files.writeString(plain, HEADER + ROW1 + ROW2);
        Path gz = dir.resolve("bars.csv.gz");
        Files.write(gz, gzip(HEADER + ROW1 + ROW2));
        assertThat(BarCsvReader.strict().read(gz)).isEqualTo(BarCsvReader.strict().read(plain));
        assertThat(BarCsvReader.strict().readSymbol(plain, "SPY").size()).isEqualTo(2);
    }

    @Test
    void unknownSymbolListsWhatTheFileHolds(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("bars.csv");
        Files.writeString(plain, HEADER + ROW1);
        assertThatThrownBy(() -> BarCsvReader.strict().readSymbol(plain, "spy"))
                .isInstanceOf(SymbolNotInFileException.class)
                .hasMessageContaining("'spy'").hasMessageContaining("only SPY");
    }

    @Test
    void truncatedGzipNamesTheLineAfterTheLastCompleteOne(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int m = 0; m < 600; m++) {
            csv.append(String.format("2011-01-03T%02d:%02d:00-05:00,SPY,10,11,9,10.5,%d%n", 4 + m / 60, m % 60, m));
        }
        byte[] full = gzip(csv.toString());
        Path gz = dir.resolve("cut.csv.gz");
        Files.write(gz, Arrays.copyOf(full, full.length / 2));
        assertThatThrownBy(() -> BarCsvReader.strict().read(gz))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("cut.csv.gz line")
                .hasMessageContaining("truncated");
    }

    @Test
    void nanPriceNamesLineAndField() {
        CsvFormatException e = failure(HEADER + ROW1 + "2011-01-03T09:31:00-05:00,SPY,NaN,126.78,126.73,126.75,1\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("open is NaN");
        assertThat(e.getMessage()).isEqualTo("test.csv line 3: open is NaN");
    }

    @Test
    void infinityIsRejected() {
        CsvFormatException e = failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,1,Infinity,1,1,1\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("high is infinite");
    }

    @Test
    void zeroAndNegativePricesAreRejected() {
        CsvFormatException zero = failure(HEADER + ROW1 + ROW2 + "2011-01-03T09:32:00-05:00,SPY,126.75,126.76,0,126.71,5\n");
        assertThat(zero.line()).isEqualTo(4);
        assertThat(zero.reason()).isEqualTo("low must be > 0 but was 0.0");
        CsvFormatException negative = failure(HEADER + "2011-01-03T09:32:00-05:00,SPY,126.75,126.76,126.7,-126.71,5\n");
        assertThat(negative.line()).isEqualTo(2);
        assertThat(negative.reason()).isEqualTo("close must be > 0 but was -126.71");
    }

    @Test
    void highBelowLowAndOtherOhlcRulesAreRejected() {
        assertThat(failure(HEADER + ROW1 + "2011-01-03T09:31:00-05:00,SPY,126.7,126.6,126.8,126.7,1\n").reason())
                .isEqualTo("high 126.6 is below low 126.8");
        CsvFormatException openAboveHigh = failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,127,126.8,126.6,126.7,1\n");
        assertThat(openAboveHigh.line()).isEqualTo(2);
        assertThat(openAboveHigh.reason()).contains("high 126.8 is below max(open, close) 127.0");
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,126.7,126.8,126.6,126.5,1\n").reason())
                .contains("low 126.6 is above min(open, close) 126.5");
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,1,1,1,1,-5\n").reason())
                .contains("volume must be finite and >= 0");
    }

    @Test
    void outOfOrderTimestampNamesBothLines() {
        CsvFormatException e = failure(HEADER + ROW1 + ROW3 + ROW2);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("2011-01-03T09:31:00-05:00").contains("out of order").contains("line 3");
    }

    @Test
    void duplicateTimestampNamesBothLinesEvenWithAnotherOffset() {
        CsvFormatException e = failure(HEADER + ROW1 + ROW2 + "2011-01-03T14:31:00Z,SPY,1,1,1,1,1\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("duplicate timestamp 2011-01-03T14:31:00Z").contains("line 3");
    }

    @Test
    void truncatedLineWithTooFewColumns() {
        CsvFormatException e = failure(HEADER + ROW1 + "2011-01-03T09:31:00-05:00,SPY,126.77,126.78\n" + ROW3);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("only 4 of 7 columns");
    }

    @Test
    void lastLineCutOffMidNumberIsRejectedByDefault() {
        String cut = HEADER + ROW1 + ROW2 + "2011-01-03T09:32:00-05:00,SPY,126.75,126.76,126.7,126.71,16";
        CsvFormatException e = failure(cut);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("no line terminator").contains("cut off");
    }

    @Test
    void lastLineCutOffMidRowIsRejectedEvenWhenLenient() {
        String cut = HEADER + ROW1 + "2011-01-03T09:31:00-05:00,SPY,126.7";
        assertThatThrownBy(() -> BarCsvReader.strict().allowingUnterminatedLastLine().read(new StringReader(cut), "x.csv"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("x.csv line 3: only 3 of 7 columns")
                .hasMessageContaining("cut off");
    }

    @Test
    void lenientReaderAcceptsACompleteUnterminatedLastLine() throws IOException {
        String csv = HEADER + ROW1 + ROW2.strip();
        BarSeries spy = BarCsvReader.strict().allowingUnterminatedLastLine().read(new StringReader(csv), "x").get("SPY");
        assertThat(spy.size()).isEqualTo(2);
        assertThat(spy.volume(1)).isEqualTo(213234);
    }

    @Test
    void unparseableNumbersAreNamed() {
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,12a.5,130,120,125,1\n").reason())
                .isEqualTo("open '12a.5' is not a number");
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,125,130,120,125,\n").reason())
                .isEqualTo("volume is empty");
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,125,130,120,125d,1\n").reason())
                .isEqualTo("close '125d' is not a number");
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,125,130,.,125,1\n").reason())
                .isEqualTo("low '.' is not a number");
    }

    @Test
    void unparseableTimestampsAreNamed() {
        assertThat(failure(HEADER + "2011-01-03 09:31:00-05:00,SPY,1,1,1,1,1\n").reason())
                .contains("'2011-01-03 09:31:00-05:00' is not a valid timestamp");
        assertThat(failure(HEADER + "2011-02-30T09:31:00-05:00,SPY,1,1,1,1,1\n").reason())
                .contains("is not a valid timestamp").contains("FEBRUARY 30");
        assertThat(failure(HEADER + "2011-01-03T09:31:00,SPY,1,1,1,1,1\n").reason())
                .contains("offset");
        assertThat(failure(HEADER + "2011-01-03T24:00:00Z,SPY,1,1,1,1,1\n").reason())
                .contains("time of day out of range");
        assertThat(failure(HEADER + "2011-01-03T09:31:00.5Z,SPY,1,1,1,1,1\n").reason())
                .contains("sub-second");
    }

    @Test
    void badOrMissingHeaderIsLineOne() {
        CsvFormatException bad = failure("time,symbol,open,high,low,close,volume\n" + ROW1);
        assertThat(bad.line()).isEqualTo(1);
        assertThat(bad.reason()).contains("bad header 'time,symbol").contains("expected 'timestamp,symbol");
        CsvFormatException noHeader = failure(ROW1);
        assertThat(noHeader.line()).isEqualTo(1);
        assertThat(failure("").reason()).contains("input is empty");
    }

    @Test
    void blankLinesTooManyColumnsAndEmptySymbolAreRejected() {
        assertThat(failure(HEADER + ROW1 + "\n" + ROW2).line()).isEqualTo(3);
        assertThat(failure(HEADER + ROW1 + "\r\n" + ROW2).reason()).contains("blank line");
        CsvFormatException wide = failure(HEADER + "2011-01-03T09:31:00-05:00,SPY,1,1,1,1,1,7\n");
        assertThat(wide.reason()).contains("more than 7 columns");
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,,1,1,1,1,1\n").reason()).isEqualTo("symbol is empty");
        CsvFormatException padded = failure(HEADER + ROW1 + "2011-01-03T09:31:00-05:00,SPY ,1,1,1,1,1\n");
        assertThat(padded.line()).isEqualTo(3);
        assertThat(padded.reason()).startsWith("symbol 'SPY ' contains a space");
        assertThat(failure(HEADER + "2011-01-03T09:31:00-05:00,\"SPY\",1,1,1,1,1\n").reason()).contains("quote");
    }

    @Test
    void longInputsSpanManyBufferFills() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        long t0 = Instant.parse("2011-01-03T09:00:00Z").getEpochSecond();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            csv.append(Instant.ofEpochSecond(t0 + 60L * i)).append(",SPY,10.25,11.5,9.75,10.5,").append(i).append('\n');
        }
        BarSeries spy = read(csv.toString()).get("SPY");
        assertThat(spy.size()).isEqualTo(n);
        assertThat(spy.volume(n - 1)).isEqualTo(n - 1);
        assertThat(spy.startEpochSecond(n - 1)).isEqualTo(t0 + 60L * (n - 1));
    }

    @Test
    void aLineOfMoreThanAMebicharIsRejectedWithItsNumber() {
        CsvFormatException e = failure(HEADER + ROW1 + "x".repeat(1_100_000) + "\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("not a bar CSV");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
