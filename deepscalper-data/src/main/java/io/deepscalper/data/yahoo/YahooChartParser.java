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
 */
public final class YahooChartParser {
    private static final ObjectMapper JSON = Json.mapper();

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
        JsonNode chart = root == null ? null : root.get("chart");
        if (chart == null || !chart.isObject()) {
            throw new PermanentDataSourceException("Yahoo response for " + symbol
                    + " has no 'chart' object; the base URL may not point at a Yahoo v8 chart API");
        }
        checkError(chart.get("error"), symbol);
        JsonNode results = chart.get("result");
        if (results == null || !results.isArray() || results.isEmpty()) {
            throw new UnknownSymbolException("yahoo", symbol, "the chart response holds no result");
        }
        JsonNode result = results.get(0);
        JsonNode meta = result.path("meta");
        String reported = meta.path("symbol").asText(symbol).toUpperCase(Locale.ROOT);
        List<YahooChart.Period> regular = regularPeriods(meta.get("tradingPeriods"));
        JsonNode timestamps = result.get("timestamp");
        RawBars bars = new RawBars(reported, timestamps == null ? 16 : timestamps.size());
        int nulls = 0;
        int outsideWindow = 0;
        int outsideRegular = 0;
        if (timestamps != null && timestamps.isArray()) {
            JsonNode quote = result.path("indicators").path("quote").path(0);
            JsonNode o = quote.path("open");
            JsonNode h = quote.path("high");
            JsonNode l = quote.path("low");
            JsonNode c = quote.path("close");
            JsonNode v = quote.path("volume");
            for (int i = 0; i < timestamps.size(); i++) {
                long t = timestamps.get(i).asLong();
                if (t < from || t >= to) {
                    outsideWindow++;
                    continue;
                }
                if (regularOnly && !regular.isEmpty() && !inside(regular, t)) {
                    outsideRegular++;
                    continue;
                }
                double open = number(o, i);
                double high = number(h, i);
                double low = number(l, i);
                double close = number(c, i);
                double volume = number(v, i);
                if (Double.isNaN(open) || Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close)
                        || Double.isNaN(volume)) {
                    nulls++;
                }
                bars.add(t, open, high, low, close, volume);
            }
        }
        JsonNode events = result.path("events");
        return new YahooChart(reported, bars, nulls, outsideWindow, outsideRegular, regular, splits(events),
                dividends(events));
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

    private static double number(JsonNode array, int i) {
        JsonNode n = array.get(i);
        return n == null || n.isNull() || !n.isNumber() ? Double.NaN : n.asDouble();
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
    private static List<YahooChart.Period> regularPeriods(JsonNode periods) {
        List<YahooChart.Period> out = new ArrayList<>();
        if (periods == null || periods.isNull()) {
            return out;
        }
        JsonNode regular = periods.isObject() ? periods.path("regular") : periods;
        collect(regular, out);
        out.sort(Comparator.comparing(YahooChart.Period::start));
        return out;
    }

    private static void collect(JsonNode node, List<YahooChart.Period> out) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        } else if (node.isObject() && node.has("start") && node.has("end")) {
            out.add(new YahooChart.Period(Instant.ofEpochSecond(node.get("start").asLong()),
                    Instant.ofEpochSecond(node.get("end").asLong())));
        }
    }

    private static List<YahooChart.Split> splits(JsonNode events) {
        List<YahooChart.Split> out = new ArrayList<>();
        events.path("splits").forEach(s -> {
            double num = s.path("numerator").asDouble(Double.NaN);
            double den = s.path("denominator").asDouble(Double.NaN);
            if (num > 0 && den > 0) {
                out.add(new YahooChart.Split(Instant.ofEpochSecond(s.path("date").asLong()), num, den));
            }
        });
        out.sort(Comparator.comparing(YahooChart.Split::date));
        return out;
    }

    private static List<YahooChart.Dividend> dividends(JsonNode events) {
        List<YahooChart.Dividend> out = new ArrayList<>();
        events.path("dividends").forEach(d -> out.add(new YahooChart.Dividend(
                Instant.ofEpochSecond(d.path("date").asLong()), d.path("amount").asDouble(Double.NaN))));
        out.sort(Comparator.comparing(YahooChart.Dividend::date));
        return out;
    }
}
