package io.deepscalper.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BarIntervalTest {

    @Test
    void parsesVendorForms() {
        assertThat(BarInterval.parse("1m")).isEqualTo(BarInterval.ONE_MINUTE);
        assertThat(BarInterval.parse("30M").duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(BarInterval.parse("1d")).isEqualTo(BarInterval.ONE_DAY);
        assertThat(BarInterval.parse("60m").toString()).isEqualTo("1h");
    }

    @Test
    void rejectsMalformedTextWithTheExpectedForm() {
        for (String bad : new String[] {"", "m", "0m", "-1m", "1x", "1.5m"}) {
            assertThatThrownBy(() -> BarInterval.parse(bad)).hasMessageContaining("e.g. 1m");
        }
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        ObjectMapper json = Json.mapper();
        assertThat(json.writeValueAsString(BarInterval.FIVE_MINUTES)).isEqualTo("\"5m\"");
        assertThat(json.readValue("\"5m\"", BarInterval.class)).isEqualTo(BarInterval.FIVE_MINUTES);
    }

    @Property
    void textFormRoundTrips(@ForAll @LongRange(min = 1, max = 10_000_000) long seconds) {
        BarInterval i = new BarInterval(Duration.ofSeconds(seconds));
        assertThat(BarInterval.parse(i.toString())).isEqualTo(i);
    }
}
