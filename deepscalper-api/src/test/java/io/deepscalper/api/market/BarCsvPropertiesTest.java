package io.deepscalper.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class BarCsvPropertiesTest {
    private static final long T0 = Instant.parse("2011-01-03T14:30:00Z").getEpochSecond();

    @Property(tries = 200)
    void generatedBarsRoundTripThroughWriterAndReader(@ForAll("series") List<BarSeries> series,
                                                      @ForAll("zones") ZoneId zone) throws IOException {
        StringWriter out = new StringWriter();
        new BarCsvWriter(zone).write(out, series);
        Map<String, BarSeries> back = BarCsvReader.strict().read(new StringReader(out.toString()), "round-trip");
        assertThat(back).hasSize(series.size());
        for (BarSeries s : series) {
            assertThat(back.get(s.symbol())).isEqualTo(s);
        }
    }

    @Property(tries = 300)
    void anyRowOrderThatIsNotStrictlyAscendingIsRejectedAtTheFirstBadLine(
            @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 30) Integer> minuteOfRow) {
        int firstBad = firstNonAscending(minuteOfRow);
        Assume.that(firstBad >= 0);
        assertThatThrownBy(() -> BarCsvReader.strict().read(new StringReader(csvOf(minuteOfRow)), "p.csv"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(firstBad + 2L);
                    assertThat(e.reason()).containsAnyOf("duplicate timestamp", "out of order");
                });
    }

    @Property(tries = 200)
    void shuffledRowsAreRejectedUnlessTheShuffleKeptTheOrder(@ForAll("shuffledMinutes") List<Integer> minutes)
            throws IOException {
        int firstBad = firstNonAscending(minutes);
        if (firstBad < 0) {
            assertThat(BarCsvReader.strict().read(new StringReader(csvOf(minutes)), "p.csv").get("SPY").size())
                    .isEqualTo(minutes.size());
        } else {
            assertThatThrownBy(() -> BarCsvReader.strict().read(new StringReader(csvOf(minutes)), "p.csv"))
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(firstBad + 2L));
        }
    }

    @Property(tries = 1000)
    void fastNumberPathAgreesWithDoubleParseDouble(@ForAll @IntRange(min = 1, max = 18) int digits,
                                                   @ForAll("digitStrings") String digitString,
                                                   @ForAll @IntRange(min = 0, max = 18) int dotPosition) {
        String mantissa = digitString.substring(0, Math.min(digits, digitString.length()));
        int dot = Math.min(dotPosition, mantissa.length());
        String text = mantissa.substring(0, dot) + "." + mantissa.substring(dot);
        char[] chars = ("x" + text + "y").toCharArray();
        assertThat(CsvNumbers.parse(chars, 1, chars.length - 1)).isEqualTo(Double.parseDouble(text));
    }

    private static int firstNonAscending(List<Integer> minutes) {
        for (int i = 1; i < minutes.size(); i++) {
            if (minutes.get(i) <= minutes.get(i - 1)) {
                return i;
            }
        }
        return -1;
    }

    private static String csvOf(List<Integer> minutes) {
        StringBuilder csv = new StringBuilder(BarCsvReader.HEADER).append('\n');
        for (int m : minutes) {
            csv.append(Instant.ofEpochSecond(T0 + 60L * m)).append(",SPY,10,11,9,10.5,").append(m).append('\n');
        }
        return csv.toString();
    }

    @Provide
    Arbitrary<List<Integer>> shuffledMinutes() {
        return Arbitraries.integers().between(2, 30)
                .flatMap(n -> Arbitraries.shuffle(IntStream.range(0, n).boxed().collect(Collectors.toList())));
    }

    @Provide
    Arbitrary<String> digitStrings() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(18);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("America/New_York"), ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"),
                ZoneId.of("America/St_Johns"));
    }

    @Provide
    Arbitrary<List<BarSeries>> series() {
        Arbitrary<double[]> bar = Combinators.combine(
                // decimal prices as exchanges print them, and full-precision doubles with 17 digits
                Arbitraries.oneOf(Arbitraries.doubles().between(0.0001, 100_000).ofScale(4),
                        Arbitraries.randomValue(r -> 1e-3 + r.nextDouble() * 1e5)),
                Arbitraries.doubles().between(0, 0.05).ofScale(6),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 50_000_000).map(Long::doubleValue),
                        Arbitraries.randomValue(r -> r.nextDouble() * 1e12)))
                .as((price, range, openAt, closeAt, volume) -> {
                    double low = price;
                    double high = price * (1 + range);
                    double open = Math.min(high, Math.max(low, low + (high - low) * openAt));
                    double close = Math.min(high, Math.max(low, low + (high - low) * closeAt));
                    return new double[] {open, high, low, close, volume};
                });
        Arbitrary<BarSeries> one = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5),
                bar.list().ofMinSize(0).ofMaxSize(60),
                Arbitraries.longs().between(1, 7200).list().ofSize(60),
                Arbitraries.longs().between(-1_000_000_000L, 2_000_000_000L))
                .as((symbol, bars, gaps, start) -> {
                    BarSeries.Builder b = BarSeries.builder(symbol);
                    long t = start;
                    for (int i = 0; i < bars.size(); i++) {
                        double[] v = bars.get(i);
                        b.add(t, v[0], v[1], v[2], v[3], v[4]);
                        t += gaps.get(i);
                    }
                    return b.build();
                });
        return one.list().ofMinSize(1).ofMaxSize(3).uniqueElements(BarSeries::symbol)
                .filter(l -> l.stream().anyMatch(s -> !s.isEmpty()))
                .map(l -> new ArrayList<>(l.stream().filter(s -> !s.isEmpty()).toList()));
    }
}
