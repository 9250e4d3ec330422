package io.deepscalper.data.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.spi.PermanentDataSourceException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The real AAPL 1-minute body, broken one field at a time: every breach is a
 * {@link MalformedChartException} naming the field, never an accepted body (issue 19 item 4).
 */
class YahooMalformedBodyTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final String Q = "chart.result[0].indicators.quote[0].";

    private static ObjectNode body() throws Exception {
        return (ObjectNode) JSON.readTree(YahooStub.bytes("chart-AAPL-2024-10-02_interval-1m_includePrePost-false.json"));
    }

    private static ObjectNode result(ObjectNode body) {
        return (ObjectNode) body.get("chart").get("result").get(0);
    }

    private static ObjectNode quote(ObjectNode body) {
        return (ObjectNode) result(body).get("indicators").get("quote").get(0);
    }

    private static MalformedChartException refused(Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode b = body();
        breakIt.accept(b);
        byte[] bytes = JSON.writeValueAsBytes(b);
        return catchThrowableOfType(MalformedChartException.class, () -> YahooChartParser.parse(bytes, "AAPL",
                YahooStub.AAPL_DAY_START, YahooStub.AAPL_DAY_END, true));
    }

    @Test
    void theUnbrokenBodyParses() throws Exception {
        byte[] bytes = JSON.writeValueAsBytes(body());
        assertThat(YahooChartParser.parse(bytes, "AAPL", YahooStub.AAPL_DAY_START, YahooStub.AAPL_DAY_END, true)
                .bars().size()).isEqualTo(390);
        // the symbol is compared case-insensitively, the bars carry the upper-case ticker
        assertThat(YahooChartParser.parse(bytes, "aapl", YahooStub.AAPL_DAY_START, YahooStub.AAPL_DAY_END, true)
                .symbol()).isEqualTo("AAPL");
    }

    @Test
    void aBodyForAnotherSymbolIsRefused() throws Exception {
        MalformedChartException e = refused(b -> ((ObjectNode) result(b).get("meta")).put("symbol", "MSFT"));
        assertThat(e.field()).isEqualTo("chart.result[0].meta.symbol");
        assertThat(e).hasMessageContaining("MSFT").hasMessageContaining("AAPL")
                .isInstanceOf(PermanentDataSourceException.class);
        assertThat(refused(b -> ((ObjectNode) result(b).get("meta")).remove("symbol")).field())
                .isEqualTo("chart.result[0].meta.symbol");
    }

    @Test
    void anIndicatorArrayOfAnotherLengthIsRefusedInsteadOfShiftingBars() throws Exception {
        for (String field : new String[] {"open", "high", "low", "close", "volume"}) {
            MalformedChartException shorter = refused(b -> ((ArrayNode) quote(b).get(field)).remove(0));
            assertThat(shorter.field()).isEqualTo(Q + field);
            assertThat(shorter).hasMessageContaining("390").hasMessageContaining("391");
            assertThat(refused(b -> ((ArrayNode) quote(b).get(field)).add(1.0)).field()).isEqualTo(Q + field);
            assertThat(refused(b -> quote(b).remove(field)).field()).isEqualTo(Q + field);
        }
        assertThat(refused(b -> ((ArrayNode) result(b).get("timestamp")).remove(5)).field()).isEqualTo(Q + "open");
        assertThat(refused(b -> result(b).remove("indicators")).field()).isEqualTo("chart.result[0].indicators");
    }

    @Test
    void outOfRangeAndMistypedTimesNameTheirField() throws Exception {
        MalformedChartException far = refused(b -> ((ArrayNode) result(b).get("timestamp")).set(3, Long.MAX_VALUE));
        assertThat(far.field()).isEqualTo("chart.result[0].timestamp[3]");
        assertThat(refused(b -> ((ArrayNode) result(b).get("timestamp")).set(3, 1727875980000L)))
                .hasMessageContaining("milliseconds");
        assertThat(refused(b -> ((ArrayNode) result(b).get("timestamp")).set(3, -1)).field())
                .isEqualTo("chart.result[0].timestamp[3]");
        assertThat(refused(b -> ((ArrayNode) result(b).get("timestamp")).set(3, "1727875980")).field())
                .isEqualTo("chart.result[0].timestamp[3]");
        assertThat(refused(b -> ((ArrayNode) result(b).get("timestamp")).set(3, 1727875980.5)).field())
                .isEqualTo("chart.result[0].timestamp[3]");
        assertThat(refused(b -> ((ObjectNode) result(b).get("meta").get("tradingPeriods").get(1).get(0))
                .put("end", Long.MIN_VALUE)).field()).isEqualTo("chart.result[0].meta.tradingPeriods[1][0].end");
    }

    @Test
    void aValueThatIsNeitherANumberNorNullIsRefused() throws Exception {
        assertThat(refused(b -> ((ArrayNode) quote(b).get("close")).set(7, "226.5")).field()).isEqualTo(Q + "close[7]");
        assertThat(refused(b -> ((ArrayNode) quote(b).get("volume")).set(7, true)).field()).isEqualTo(Q + "volume[7]");
        assertThat(refused(b -> quote(b).put("high", "none")).field()).isEqualTo(Q + "high");
    }

    @Test
    void malformedEventsAreRefused() throws Exception {
        byte[] daily = YahooStub.bytes("chart-AAPL-2020-08-31_to_2020-11-07_interval-1d_with-split-div-events.json");
        ObjectNode b = (ObjectNode) JSON.readTree(daily);
        ((ObjectNode) result(b).get("events").get("splits").get("1598880600")).put("denominator", 0);
        byte[] bytes = JSON.writeValueAsBytes(b);
        MalformedChartException e = catchThrowableOfType(MalformedChartException.class,
                () -> YahooChartParser.parse(bytes, "AAPL", 0, Long.MAX_VALUE, true));
        assertThat(e.field()).isEqualTo("chart.result[0].events.splits.1598880600");
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefused() {
        String body = new String(YahooStub.bytes("chart-AAPL-2025-02-01_weekend_interval-1m_EMPTY.json"),
                StandardCharsets.UTF_8);
        for (String bad : new String[] {body + " {}", body.replace("{\"chart\":{", "{\"chart\":{\"error\":null,")}) {
            PermanentDataSourceException e = catchThrowableOfType(PermanentDataSourceException.class,
                    () -> YahooChartParser.parse(bad.getBytes(StandardCharsets.UTF_8), "AAPL", 0, Long.MAX_VALUE, true));
            assertThat(e).as(bad.substring(0, 30)).hasMessageContaining("not valid JSON");
        }
    }
}
