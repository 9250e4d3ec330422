package io.deepscalper.data.yahoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.api.spi.UnknownSymbolException;
import io.deepscalper.data.raw.RawBars;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Parses Yahoo Finance v8 {@code chart} bodies, surviving the quirks real bodies show:
 * <ul>
 *   <li>bars whose values are {@code null} (kept as NaN, counted, for the quality checks);</li>
 *   <li>a trailing point at the current market time outside the requested window (dropped, counted);</li>
 *   <li>empty responses, such as weekends, with no {@code timestamp} and {@code quote: [{}]} (no bars);</li>
 *   <li>{@code tradingPeriods} as a list of lists, or as an object with {@code pre}/{@code regular}/{@code post};</li>
 *   <li>{@code events} with {@code splits} and {@code dividends} (returned, not applied: Yahoo's prices
 *       are already split-adjusted).</li>
 * </ul>
 * An error body ({@code chart.error}) becomes {@link UnknownSymbolException} for "Not Found" and
 * {@link PermanentDataSourceException} otherwise, with Yahoo's description.
 *
 * <p>Everything else is checked, never trusted, and a breach is a {@link MalformedChartException} naming
 * the field: {@code meta.symbol} must be the requested symbol (case-insensitively); every quote array
 * ({@code open, high, low, close, volume}) must be exactly as long as {@code timestamp}, because a
 * shorter one would shift every later value onto the wrong bar; every value must be a number or
 * {@code null}; every time (bars, trading periods, events) must be whole epoch seconds in
 * [1970-01-01, 2200-01-01); split and dividend events must be complete. The JSON itself is read
 * strictly ({@link Json#strictMapper()}): a duplicate key or trailing content is refused.
 */
public final class YahooChartParser {
    private static final ObjectMapper JSON = Json.strictMapper();

    private YahooChartParser() {
    }

    /**
     * @param body         the response body
     * @param symbol       the symbol asked for
     * @param from         window start, inclusive, epoch seconds
     * @param to           window end, exclusive, epoch seconds
     * @param regularOnly  drop points outside the body's regular trading periods
     */
    public static YahooChart parse(byte[] body, String symbol, long from, long to, boolean regularOnly) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new PermanentDataSourceException("Yahoo response for " + symbol + " is not valid JSON ("
                    + e.getMessage() + "); the base URL may not point at a Yahoo v8 chart API", e);
        }
        ChartFields f = new ChartFields(symbol);
        JsonNode chart = root == null ? null : root.get("chart");
        if (chart == null || !chart.isObject()) {
            throw new PermanentDataSourceException("Yahoo response for " + symbol
                    + " has no 'chart' object; the base URL may not point at a Yahoo v8 chart API");
        }
        checkError(chart.get("error"), symbol);
        JsonNode results = f.optionalArray(chart.get("result"), "chart.result");
        if (results == null || results.isEmpty()) {
            throw new UnknownSymbolException("yahoo", symbol, "the chart response holds no result");
        }
        String at = "chart.result[0]";
        JsonNode result = f.object(results.get(0), at, false);
        JsonNode meta = f.object(result.get("meta"), at + ".meta", false);
        String reported = f.text(meta.get("symbol"), at + ".meta.symbol");
        if (!reported.equalsIgnoreCase(symbol)) {
            throw f.malformed(at + ".meta.symbol", "the body is for '" + reported + "' but " + symbol
                    + " was requested");
        }
        String ticker = symbol.toUpperCase(Locale.ROOT);
        List<YahooChart.Period> regular = regularPeriods(f, meta.get("tradingPeriods"), at + ".meta.tradingPeriods");
        JsonNode timestamps = f.optionalArray(result.get("timestamp"), at + ".timestamp");
        int n = timestamps == null ? 0 : timestamps.size();
        JsonNode[] columns = quoteColumns(f, result, n, at);
        RawBars bars = new RawBars(ticker, Math.max(16, n));
        int nulls = 0;
        int outsideWindow = 0;
        int outsideRegular = 0;
        String q = at + ".indicators.quote[0].";
        for (int i = 0; i < n; i++) {
            long t = f.epochSecond(timestamps.get(i), at + ".timestamp[" + i + "]");
            double[] v = new double[QUOTE_FIELDS.length];
            boolean anyNull = false;
            for (int k = 0; k < v.length; k++) {
                v[k] = f.numberOrNull(columns[k].get(i), q + QUOTE_FIELDS[k] + "[" + i + "]");
                anyNull |= Double.isNaN(v[k]);
            }
            if (t < from || t >= to) {
                outsideWindow++;
                continue;
            }
            if (regularOnly && !regular.isEmpty() && !inside(regular, t)) {
                outsideRegular++;
                continue;
            }
            if (anyNull) {
                nulls++;
            }
            bars.add(t, v[0], v[1], v[2], v[3], v[4]);
        }
        JsonNode events = f.object(result.get("events"), at + ".events", true);
        return new YahooChart(ticker, bars, nulls, outsideWindow, outsideRegular, regular,
                splits(f, events, at + ".events"), dividends(f, events, at + ".events"));
    }

    /** The quote arrays read, in bar order: open, high, low, close, volume. */
    private static final String[] QUOTE_FIELDS = {"open", "high", "low", "close", "volume"};

    /**
     * @return the five quote arrays, each exactly as long as {@code timestamp}: a shorter array would shift
     *     every later value onto the wrong bar, so any difference is refused
     */
    private static JsonNode[] quoteColumns(ChartFields f, JsonNode result, int n, String at) {
        JsonNode[] out = new JsonNode[QUOTE_FIELDS.length];
        JsonNode indicators = f.object(result.get("indicators"), at + ".indicators", n == 0);
        JsonNode quotes = indicators == null ? null
                : f.optionalArray(indicators.get("quote"), at + ".indicators.quote");
        if (quotes == null || quotes.isEmpty()) {
            if (n > 0) {
                throw f.malformed(at + ".indicators.quote", "missing while timestamp has " + n + " entries");
            }
            return out;
        }
        JsonNode quote = f.object(quotes.get(0), at + ".indicators.quote[0]", false);
        for (int k = 0; k < out.length; k++) {
            String path = at + ".indicators.quote[0]." + QUOTE_FIELDS[k];
            JsonNode arr = f.optionalArray(quote.get(QUOTE_FIELDS[k]), path);
            int size = arr == null ? 0 : arr.size();
            if (size != n) {
                throw f.malformed(path, (arr == null ? "missing" : "has " + size + " entries")
                        + " but timestamp has " + n);
            }
            out[k] = arr;
        }
        return out;
    }

    private static void checkError(JsonNode error, String symbol) {
        if (error == null || error.isNull()) {
            return;
        }
        String code = error.path("code").asText("");
        String description = error.path("description").asText(error.toString());
        if (code.equalsIgnoreCase("Not Found")) {
            throw new UnknownSymbolException("yahoo", symbol, "Yahoo says: " + description);
        }
        throw new PermanentDataSourceException("Yahoo rejected the request for " + symbol + ": " + code + ": "
                + description);
    }

    private static boolean inside(List<YahooChart.Period> periods, long t) {
        for (YahooChart.Period p : periods) {
            if (t >= p.start().getEpochSecond() && t < p.end().getEpochSecond()) {
                return true;
            }
        }
        return false;
    }

    /** Reads {@code tradingPeriods} in either shape: {@code [[{..}], ..]} or {@code {"regular": [[{..}]], ..}}. */
    private static List<YahooChart.Period> regularPeriods(ChartFields f, JsonNode periods, String path) {
        List<YahooChart.Period> out = new ArrayList<>();
        if (periods == null || periods.isNull()) {
            return out;
        }
        if (periods.isObject()) {
            collect(f, periods.path("regular"), path + ".regular", out);
        } else if (periods.isArray()) {
            collect(f, periods, path, out);
        } else {
            throw f.malformed(path, "expected an array or object but found " + ChartFields.describe(periods));
        }
        out.sort(Comparator.comparing(YahooChart.Period::start));
        return out;
    }

    private static void collect(ChartFields f, JsonNode node, String path, List<YahooChart.Period> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(f, node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isObject() && (node.has("start") || node.has("end"))) {
            long start = f.epochSecond(node.get("start"), path + ".start");
            long end = f.epochSecond(node.get("end"), path + ".end");
            if (end <= start) {
                throw f.malformed(path, "the period ends (" + end + ") at or before it starts (" + start + ")");
            }
            out.add(new YahooChart.Period(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)));
        } else if (!node.isMissingNode()) {
            throw f.malformed(path, "expected a period {start, end} but found " + ChartFields.describe(node));
        }
    }

    private static List<YahooChart.Split> splits(ChartFields f, JsonNode events, String at) {
        List<YahooChart.Split> out = new ArrayList<>();
        JsonNode splits = events == null ? null : f.object(events.get("splits"), at + ".splits", true);
        if (splits != null) {
            splits.fields().forEachRemaining(e -> {
                String path = at + ".splits." + e.getKey();
                JsonNode s = f.object(e.getValue(), path, false);
                long date = f.epochSecond(s.get("date"), path + ".date");
                double num = f.finiteNumber(s.get("numerator"), path + ".numerator");
                double den = f.finiteNumber(s.get("denominator"), path + ".denominator");
                if (num <= 0 || den <= 0) {
                    throw f.malformed(path, "a split needs a positive numerator and denominator but has "
                            + num + ":" + den);
                }
                out.add(new YahooChart.Split(Instant.ofEpochSecond(date), num, den));
            });
        }
        out.sort(Comparator.comparing(YahooChart.Split::date));
        return out;
    }

    private static List<YahooChart.Dividend> dividends(ChartFields f, JsonNode events, String at) {
        List<YahooChart.Dividend> out = new ArrayList<>();
        JsonNode dividends = events == null ? null : f.object(events.get("dividends"), at + ".dividends", true);
        if (dividends != null) {
            dividends.fields().forEachRemaining(e -> {
                String path = at + ".dividends." + e.getKey();
                JsonNode d = f.object(e.getValue(), path, false);
                long date = f.epochSecond(d.get("date"), path + ".date");
                double amount = f.finiteNumber(d.get("amount"), path + ".amount");
                if (amount < 0) {
                    throw f.malformed(path + ".amount", "a dividend cannot be negative but is " + amount);
                }
                out.add(new YahooChart.Dividend(Instant.ofEpochSecond(date), amount));
            });
        }
        out.sort(Comparator.comparing(YahooChart.Dividend::date));
        return out;
    }
}
