package io.deepscalper.api.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.deepscalper.api.io.Json;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ContinuousTrainingConfigTest {
    private static final ObjectMapper JSON = Json.mapper();

    @Test
    void defaultsAreTheOriginalSystems() {
        ContinuousTrainingConfig c = ContinuousTrainingConfig.defaults();
        assertThat(c.retrainInterval()).isEqualTo(Duration.ofHours(24));
        assertThat(c.performanceThreshold()).isEqualTo(-0.1);
        assertThat(c.incremental()).isTrue();
        assertThat(c.incrementalSteps()).isEqualTo(10_000);
        assertThat(c.fullRetrainEvery()).isEqualTo(7);
        assertThat(c.maxVersions()).isEqualTo(10);
        assertThat(c.validationSessions()).as("the default gate needs 10 held-out sessions").isEqualTo(10);
    }

    @Test
    void jsonRoundTripsAndUnknownKeysAreRefused() throws Exception {
        ContinuousTrainingConfig c = ContinuousTrainingConfig.builder().retrainIntervalHours(6)
                .disabledTriggers(Set.of("Scheduled")).build();
        String json = JSON.writeValueAsString(c);
        assertThat(JSON.readValue(json, ContinuousTrainingConfig.class)).isEqualTo(c);
        assertThat(c.triggerEnabled("scheduled")).isFalse();
        assertThatThrownBy(() -> JSON.readValue(json.replace("\"maxVersions\"", "\"maxVersion\""),
                ContinuousTrainingConfig.class)).hasMessageContaining("maxVersion");
    }

    @Test
    void invalidValuesNameTheFieldAndTheRange() {
        assertThatThrownBy(() -> ContinuousTrainingConfig.builder().retrainIntervalHours(0).build())
                .hasMessageContaining("retrainIntervalHours must be a finite number of hours > 0 but was 0.0");
        assertThatThrownBy(() -> ContinuousTrainingConfig.builder().performanceThreshold(Double.NaN).build())
                .hasMessageContaining("performanceThreshold");
        assertThatThrownBy(() -> ContinuousTrainingConfig.builder().maxVersions(0).build())
                .hasMessageContaining("maxVersions must be >= 1 but was 0");
        assertThatThrownBy(() -> ContinuousTrainingConfig.builder().performanceMetric("Sharpe Ratio").build())
                .hasMessageContaining("performanceMetric");
        assertThatThrownBy(() -> JSON.readValue("{\"incrementalSteps\": -5}", ContinuousTrainingConfig.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("incrementalSteps must be > 0 but was -5");
    }

    @Property(tries = 200)
    void everyValidConfigSurvivesJson(@ForAll @DoubleRange(min = 0.01, max = 1000) double hours,
                                      @ForAll @DoubleRange(min = -10, max = 10) double threshold,
                                      @ForAll @IntRange(min = 1, max = 50) int every,
                                      @ForAll @IntRange(min = 1, max = 100) int versions) throws Exception {
        ContinuousTrainingConfig c = ContinuousTrainingConfig.builder().retrainIntervalHours(hours)
                .performanceThreshold(threshold).fullRetrainEvery(every).maxVersions(versions).build();
        assertThat(JSON.readValue(JSON.writeValueAsBytes(c), ContinuousTrainingConfig.class)).isEqualTo(c);
    }
}
