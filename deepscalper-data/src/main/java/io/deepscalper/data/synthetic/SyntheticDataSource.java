package io.deepscalper.data.synthetic;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.UnknownSymbolException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code synthetic} data source: a seeded intraday simulator for the default run and for tests.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li><b>Sessions.</b> NYSE regular hours, 09:30 to 16:00 America/New_York, on the days the session
 *       calendar opens ({@link io.deepscalper.api.market.NyseCalendar}: holidays closed, half days end at
 *       13:00); bars are 1 minute, stamped at their start.</li>
 *   <li><b>Daily anchors.</b> Session {@code d} opens at {@code A_d}; {@code log A_{d+1} - log A_d} is
 *       normal with standard deviation {@code dailyVolatility}, mixed from a market factor and an own
 *       factor (below). {@code A} starts on 2000-01-03 at a per-symbol price in [20, 500) derived from
 *       the symbol, so any day is reproducible on its own.</li>
 *   <li><b>Correlated symbols.</b> Every normal shock is {@code sqrt(rho) * z_market + sqrt(1 - rho) *
 *       z_own}, where {@code z_market} is shared by all symbols for that day and minute, so two
 *       symbols' returns have correlation {@code rho = correlation}.</li>
 *   <li><b>U-shaped volatility and volume.</b> The 1-minute volatility of minute {@code j} of {@code n}
 *       is proportional to {@code 1 + uShape * x^2}, {@code x = 2j/(n-1) - 1}; volume is {@code baseVolume
 *       * (1 + uShape * x^2) * (0.5 + 0.5 |r_j| / sigma_j) * LogNormal(0.4)}.</li>
 *   <li><b>Jumps.</b> With probability {@code jumpProbability} per minute a market-wide jump, and
 *       independently an own jump, adds a normal log return of size {@code jumpSize}.</li>
 *   <li><b>Planted signal.</b> With {@code signal = s != 0}, the diffusive part of the 1-minute return is
 *       AR(1): {@code r_j = s * r_{j-1} + sqrt(1 - s^2) * sigma_j * eps_j}, a momentum an agent can learn.
 *       The default is 0, no signal.</li>
 *   <li><b>Session path.</b> The minute returns get one constant drift (a Brownian bridge) so the close
 *       lands at {@code A_{d+1}} less an overnight gap with standard deviation {@code 0.3 *
 *       dailyVolatility}. Open is the previous close, wicks extend {@code |N(0,1)| * sigma_j / 2} beyond
 *       the body, and prices are rounded to {@code tick}.</li>
 *   <li><b>Reproducible.</b> Each random stream is seeded from (seed, symbol, day, purpose): the same seed
 *       gives the same bars for any range asked, and a sub-range is a slice of a longer one.</li>
 * </ul>
 *
 * <h2>Symbols and options</h2>
 * It knows every well-formed ticker (1 to 10 characters of {@code A-Z 0-9 . -}), or exactly the
 * comma-separated list in option {@code symbols}. Other options: see {@link SyntheticModel}. Intervals
 * 1m, 5m, 15m and 30m (coarser bars aggregate the 1-minute path from the session's open).
 */
public final class SyntheticDataSource implements DataSource {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9.\\-]{1,10}");
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 3);
    private static final Set<BarInterval> INTERVALS = Set.of(BarInterval.ONE_MINUTE, BarInterval.FIVE_MINUTES,
            new BarInterval(Duration.ofMinutes(15)), BarInterval.THIRTY_MINUTES);

    private final SyntheticModel model;
    private final Set<String> symbols;
    private final SessionPathGenerator generator;

    /** The default-configured prototype that ServiceLoader creates. */
    public SyntheticDataSource() {
        this(SyntheticModel.defaults(), Set.of());
    }

    /**
     * @param model   the simulator's parameters
     * @param symbols the only symbols known, or empty to know every well-formed ticker
     */
    public SyntheticDataSource(SyntheticModel model, Set<String> symbols) {
        this.model = model;
        this.symbols = Set.copyOf(symbols);
        this.generator = new SessionPathGenerator(model);
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public int priority() {
        // the default run uses the simulator: it needs no files and no network
        return 10;
    }

    @Override
    public Set<BarInterval> supportedIntervals() {
        return INTERVALS;
    }

    @Override
    public Set<String> optionNames() {
        Set<String> names = new HashSet<>(SyntheticModel.OPTIONS);
        names.add("symbols");
        return Set.copyOf(names);
    }

    @Override
    public DataSource configure(ProviderOptions options) {
        options.requireOnly(name(), optionNames());
        Set<String> list = new HashSet<>();
        options.get("symbols").ifPresent(s -> Arrays.stream(s.split(","))
                .map(t -> t.trim().toUpperCase(Locale.ROOT)).filter(t -> !t.isEmpty()).forEach(list::add));
        return new SyntheticDataSource(SyntheticModel.from(options), list);
    }

    /** @return the simulator's parameters */
    public SyntheticModel model() {
        return model;
    }

    @Override
    public BarSeries fetch(String symbol, BarInterval interval, Instant from, Instant to) {
        checkFetchArguments(symbol, interval, from, to);
        String ticker = symbol.toUpperCase(Locale.ROOT);
        if (symbols.isEmpty() ? !TICKER.matcher(ticker).matches() : !symbols.contains(ticker)) {
            throw new UnknownSymbolException(name(), symbol, symbols.isEmpty()
                    ? "synthetic tickers are 1 to 10 characters of A-Z, 0-9, '.' or '-'"
                    : "configured symbols are " + symbols);
        }
        long key = SessionPathGenerator.mix64(ticker.hashCode() * 0x9E3779B97F4A7C15L + 0x5EED);
        int k = (int) (interval.seconds() / 60);
        BarSeries.Builder out = BarSeries.builder(ticker);
        LocalDate first = maxDate(EPOCH, from.atZone(NEW_YORK).toLocalDate());
        LocalDate last = to.atZone(NEW_YORK).toLocalDate();
        if (last.isBefore(first)) {
            return out.build();
        }
        double anchor = anchorAt(key, first);
        double[] o = new double[390];
        double[] h = new double[390];
        double[] l = new double[390];
        double[] c = new double[390];
        double[] v = new double[390];
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int n = SyntheticSessions.minutes(day);
            if (n == 0) {
                continue;
            }
            double next = anchor * Math.exp(generator.anchorReturn(key, day.toEpochDay()));
            generator.fillSession(key, day.toEpochDay(), n, anchor, next, o, h, l, c, v, 0);
            long open = ZonedDateTime.of(day, SyntheticSessions.OPEN, NEW_YORK).toEpochSecond();
            appendAggregated(out, open, n, k, o, h, l, c, v, from.getEpochSecond(), to.getEpochSecond());
            anchor = next;
        }
        return out.build();
    }

    private static void appendAggregated(BarSeries.Builder out, long open, int n, int k, double[] o, double[] h,
                                         double[] l, double[] c, double[] v, long from, long to) {
        for (int j = 0; j < n; j += k) {
            long start = open + 60L * j;
            if (start < from || start >= to) {
                continue;
            }
            int end = Math.min(n, j + k);
            double hi = h[j];
            double lo = l[j];
            double vol = 0;
            for (int i = j; i < end; i++) {
                hi = Math.max(hi, h[i]);
                lo = Math.min(lo, l[i]);
                vol += v[i];
            }
            out.add(start, o[j], hi, lo, c[end - 1], vol);
        }
    }

    private double anchorAt(long key, LocalDate day) {
        double log = Math.log(20 + Math.floorMod(key, 48_000) / 100.0);
        for (LocalDate d = EPOCH; d.isBefore(day); d = d.plusDays(1)) {
            if (SyntheticSessions.minutes(d) > 0) {
                log += generator.anchorReturn(key, d.toEpochDay());
            }
        }
        return Math.exp(log);
    }

    private static LocalDate maxDate(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
