package io.deepscalper.data.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.data.quality.Checks;
import io.deepscalper.data.quality.QualityChecker;
import io.deepscalper.data.quality.QualityConfig;
import io.deepscalper.data.quality.QualityReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Fuzz test of the Yahoo parser (issue 19 item 4, issue 15 item 5): the real AAPL 2024-10-02 body with
 * one random defect. A malformed body must give a {@link PermanentDataSourceException} (a
 * {@link MalformedChartException} naming the field where the shape is broken); a {@code null} value or
 * an absurd number must be accepted raw and then counted by the quality checks; nothing may escape as
 * another exception, and nothing invalid may pass uncounted.
 */
class YahooBodyFuzzProperties {
    private static final ObjectMapper JSON = Json.mapper();
    private static final byte[] BODY = YahooStub.bytes("chart-AAPL-2024-10-02_interval-1m_includePrePost-false.json");
    private static final int BARS = 390;
    private static final String[] QUOTE = {"open", "high", "low", "close", "volume"};
    private static final QualityChecker CHECKER = new QualityChecker(QualityConfig.defaults(), NyseCalendar.instance(),
            BarInterval.ONE_MINUTE);
    private static final Instant FROM = Instant.ofEpochSecond(YahooStub.AAPL_DAY_START);
    private static final Instant TO = Instant.ofEpochSecond(YahooStub.AAPL_DAY_END);

    enum Expect { ERROR, FIELD_ERROR, COUNTED, VALID }

    enum Defect {
        NONE(Expect.VALID), REORDER_KEYS(Expect.VALID), VALUE_NULL(Expect.COUNTED), PRICE_NEGATIVE(Expect.COUNTED),
        HIGH_X1000(Expect.COUNTED), VOLUME_1E15(Expect.COUNTED),
        OTHER_SYMBOL(Expect.FIELD_ERROR), NO_SYMBOL(Expect.FIELD_ERROR), ARRAY_SHORTER(Expect.FIELD_ERROR),
        ARRAY_LONGER(Expect.FIELD_ERROR), ARRAY_MISSING(Expect.FIELD_ERROR), TIMESTAMP_SHORTER(Expect.FIELD_ERROR),
        TIMESTAMP_HUGE(Expect.FIELD_ERROR), TIMESTAMP_NEGATIVE(Expect.FIELD_ERROR), TIMESTAMP_TEXT(Expect.FIELD_ERROR),
        TIMESTAMP_FRACTION(Expect.FIELD_ERROR), VALUE_TEXT(Expect.FIELD_ERROR), VALUE_BOOLEAN(Expect.FIELD_ERROR),
        VALUE_OBJECT(Expect.FIELD_ERROR), QUOTE_NOT_ARRAY(Expect.FIELD_ERROR), META_NOT_OBJECT(Expect.FIELD_ERROR),
        PERIOD_HUGE(Expect.FIELD_ERROR), TIMESTAMP_NOT_ARRAY(Expect.FIELD_ERROR),
        TRUNCATED(Expect.ERROR), TRAILING_GARBAGE(Expect.ERROR), DUPLICATE_KEY(Expect.ERROR);

        final Expect expect;

        Defect(Expect expect) {
            this.expect = expect;
        }
    }

    @Property(tries = 300)
    void theOutcomeIsASpecificErrorACountedRepairOrTheValidBars(@ForAll long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        Defect d = Defect.values()[r.nextInt(Defect.values().length)];
        int i = r.nextInt(BARS);
        String field = QUOTE[r.nextInt(QUOTE.length)];
        byte[] body = mutate(d, i, field, r);
        YahooChart chart;
        try {
            chart = YahooChartParser.parse(body, "AAPL", YahooStub.AAPL_DAY_START, YahooStub.AAPL_DAY_END, true);
        } catch (PermanentDataSourceException e) {
            assertThat(d.expect).as(d + " refused: " + e.getMessage()).isIn(Expect.ERROR, Expect.FIELD_ERROR);
            if (d.expect == Expect.FIELD_ERROR) {
                assertThat(e).as(d.name()).isInstanceOf(MalformedChartException.class);
                assertThat(((MalformedChartException) e).field()).startsWith("chart.result[0].");
                assertThat(e.getMessage()).contains(((MalformedChartException) e).field());
            }
            return;
        }
        if (d.expect == Expect.ERROR || d.expect == Expect.FIELD_ERROR) {
            fail(d + " (bar " + i + ", " + field + ") was accepted silently");
        }
        assertThat(chart.bars().size()).isEqualTo(BARS);
        QualityReport q = CHECKER.check(chart.bars(), FROM, TO);
        // the body's own null bar is quarantined in every case
        int baseline = 1;
        int counted = q.remediation(Checks.QUARANTINED) - baseline + q.issue(Checks.HIGH_OUTLIERS)
                + q.issue(Checks.LOW_OUTLIERS) + q.issue(Checks.VOLUME_OUTLIERS);
        if (d.expect == Expect.VALID) {
            assertThat(counted).isZero();
            assertThat(chart.nullBars()).isEqualTo(1);
        } else {
            boolean onTheNullBar = Double.isNaN(parse(BODY).bars().close(i));
            assertThat(counted).as(d + " on bar " + i + " " + field).isEqualTo(onTheNullBar ? 0 : 1);
        }
    }

    private static YahooChart parse(byte[] body) {
        return YahooChartParser.parse(body, "AAPL", YahooStub.AAPL_DAY_START, YahooStub.AAPL_DAY_END, true);
    }

    private static byte[] mutate(Defect d, int i, String field, SplittableRandom r) throws Exception {
        String text = new String(BODY, StandardCharsets.UTF_8);
        switch (d) {
            case TRUNCATED -> {
                return Arrays.copyOf(BODY, r.nextInt(text.lastIndexOf('}')));
            }
            case TRAILING_GARBAGE -> {
                return (text + (r.nextBoolean() ? " x" : "{}")).getBytes(StandardCharsets.UTF_8);
            }
            case DUPLICATE_KEY -> {
                return text.replace("\"timestamp\":[", "\"timestamp\":[1],\"timestamp\":[").getBytes(StandardCharsets.UTF_8);
            }
            default -> { }
        }
        ObjectNode root = (ObjectNode) JSON.readTree(BODY);
        ObjectNode result = (ObjectNode) root.get("chart").get("result").get(0);
        ObjectNode meta = (ObjectNode) result.get("meta");
        ObjectNode quote = (ObjectNode) result.get("indicators").get("quote").get(0);
        ArrayNode stamps = (ArrayNode) result.get("timestamp");
        ArrayNode values = (ArrayNode) quote.get(field);
        switch (d) {
            case NONE -> { }
            case REORDER_KEYS -> {
                JsonNode m = result.remove("meta");
                result.set("meta", m);
            }
            case VALUE_NULL -> values.set(i, (JsonNode) null);
            case PRICE_NEGATIVE -> ((ArrayNode) quote.get("close")).set(i, -1.0);
            case HIGH_X1000 -> ((ArrayNode) quote.get("high")).set(i, quote.get("close").get(i).asDouble() * 1000);
            case VOLUME_1E15 -> ((ArrayNode) quote.get("volume")).set(i, 1e15);
            case OTHER_SYMBOL -> meta.put("symbol", "MSFT");
            case NO_SYMBOL -> meta.remove("symbol");
            case ARRAY_SHORTER -> values.remove(i);
            case ARRAY_LONGER -> values.insert(i, 1.0);
            case ARRAY_MISSING -> quote.remove(field);
            case TIMESTAMP_SHORTER -> stamps.remove(i);
            case TIMESTAMP_HUGE -> stamps.set(i, Long.MAX_VALUE - r.nextInt(1000));
            case TIMESTAMP_NEGATIVE -> stamps.set(i, -1 - r.nextInt(1_000_000));
            case TIMESTAMP_TEXT -> stamps.set(i, stamps.get(i).asText());
            case TIMESTAMP_FRACTION -> stamps.set(i, stamps.get(i).asLong() + 0.5);
            case VALUE_TEXT -> values.set(i, "1.5");
            case VALUE_BOOLEAN -> values.set(i, true);
            case VALUE_OBJECT -> values.set(i, JSON.createObjectNode().put("v", 1));
            case QUOTE_NOT_ARRAY -> ((ObjectNode) result.get("indicators")).put("quote", "none");
            case META_NOT_OBJECT -> result.put("meta", 5);
            case PERIOD_HUGE -> ((ObjectNode) meta.get("tradingPeriods").get(1).get(0)).put("start", 1e300);
            case TIMESTAMP_NOT_ARRAY -> result.put("timestamp", 1727875800L);
            default -> throw new IllegalStateException(d.name());
        }
        return JSON.writeValueAsBytes(root);
    }
}
