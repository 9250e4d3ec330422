package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.io.Json;
import org.junit.jupiter.api.Test;

class EnvConfigTest {
    private final ObjectMapper json = Json.mapper();

    @Test
    void defaultsFollowTheDesign() {
        EnvConfig c = EnvConfig.defaults();
        assertThat(c.lookback()).isEqualTo(120);
        assertThat(c.priceBins()).isEqualTo(21);
        assertThat(c.quantityBins()).isEqualTo(11);
        assertThat(c.limitOffsetTicks()).isEqualTo(5);
        assertThat(c.minTick()).isEqualTo(0.01);
        assertThat(c.atrPeriod()).isEqualTo(14);
        assertThat(c.hindsightWeight()).isEqualTo(0.5);
        assertThat(c.hindsightHorizon()).isEqualTo(30);
        assertThat(c.auxWindow()).isEqualTo(AuxWindow.FUTURE);
        assertThat(c.maxVolumeFraction()).isNull();
        assertThat(c.allowShort()).isFalse();
        assertThat(c.actionCount()).isEqualTo(231);
        assertThat(Observations.size(c)).isEqualTo(FeatureMatrix.FEATURE_COUNT * 120 + 3);
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        EnvConfig c = EnvConfig.builder().lookback(60).allowShort(true).maxVolumeFraction(0.1)
                .auxWindow(AuxWindow.PAST).feeRate(0.0005).rewardScale(100).build();
        String text = json.writeValueAsString(c);
        assertThat(json.readValue(text, EnvConfig.class)).isEqualTo(c);
    }

    @Test
    void missingJsonFieldsTakeTheDefaults() throws Exception {
        EnvConfig c = json.readValue("{\"lookback\": 30}", EnvConfig.class);
        assertThat(c).isEqualTo(EnvConfig.builder().lookback(30).build());
    }

    @Test
    void unknownJsonFieldIsRejected() {
        assertThatThrownBy(() -> json.readValue("{\"lookbak\": 30}", EnvConfig.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("lookbak");
    }

    @Test
    void invalidValuesNameTheFieldAndTheRange() {
        assertThatThrownBy(() -> EnvConfig.builder().lookback(0).build())
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("env.lookback must be in [1, 100000] but was 0");
        assertThatThrownBy(() -> EnvConfig.builder().maxPositionPct(1.5).build())
                .hasMessageContaining("env.maxPositionPct must be in (0, 1]").hasMessageContaining("1.5");
        assertThatThrownBy(() -> EnvConfig.builder().feeRate(Double.NaN).build())
                .hasMessageContaining("env.feeRate must be finite and >= 0 but was NaN");
        assertThatThrownBy(() -> EnvConfig.builder().quantityBins(10).build())
                .hasMessageContaining("quantityBins must be odd");
        assertThatThrownBy(() -> EnvConfig.builder().maxVolumeFraction(0.0).build())
                .hasMessageContaining("maxVolumeFraction must be in (0, 1], or null");
        assertThatThrownBy(() -> EnvConfig.builder().initialCash(-5).build())
                .hasMessageContaining("initialCash must be finite and > 0 but was -5.0");
        assertThatThrownBy(() -> EnvConfig.builder().auxWindow(null).build())
                .hasMessageContaining("auxWindow");
    }

    @Test
    void invalidJsonValueFailsWithTheSameMessage() {
        assertThatThrownBy(() -> json.readValue("{\"priceBins\": 1}", EnvConfig.class))
                .hasRootCauseInstanceOf(InvalidConfigException.class)
                .hasStackTraceContaining("env.priceBins must be in [2, 1001] but was 1");
    }
}
