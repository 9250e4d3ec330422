package io.deepscalper.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.io.Json;
import org.junit.jupiter.api.Test;

class DataPipelineConfigTest {
    private final ObjectMapper json = Json.mapper();

    @Test
    void defaultsMatchTheIssue() {
        DataPipelineConfig c = DataPipelineConfig.builder().build();
        assertThat(c.qualityThreshold()).isEqualTo(0.95);
        assertThat(c.intervals()).containsExactly(BarInterval.ONE_MINUTE);
        assertThat(c.source()).isEqualTo("synthetic");
        assertThat(c.symbols()).containsExactly("SPY");
    }

    @Test
    void roundTripsThroughJsonAndFillsMissingFieldsWithDefaults() throws Exception {
        DataPipelineConfig c = DataPipelineConfig.builder().symbols("SPY", "QQQ").updateIntervalMinutes(2)
                .lookbackDays(10).maxCacheMb(64).qualityThreshold(0.9).intervals(java.util.List.of(
                        BarInterval.ONE_MINUTE, BarInterval.FIVE_MINUTES)).source("csv")
                .sourceOptions(io.deepscalper.api.spi.ProviderOptions.of(java.util.Map.of("dir", "/d"))).build();
        String text = json.writeValueAsString(c);
        assertThat(text).contains("\"intervals\":[\"1m\",\"5m\"]").contains("\"sourceOptions\":{\"dir\":\"/d\"}");
        assertThat(json.readValue(text, DataPipelineConfig.class)).isEqualTo(c);
        DataPipelineConfig partial = json.readValue("{\"symbols\":[\"IWM\"]}", DataPipelineConfig.class);
        assertThat(partial).isEqualTo(DataPipelineConfig.builder().symbols("IWM").build());
    }

    @Test
    void invalidValuesAreRejectedWithTheFieldName() {
        assertThatThrownBy(() -> DataPipelineConfig.builder().symbols().build()).hasMessageContaining("data.symbols must be a list of at least one ticker");
        assertThatThrownBy(() -> DataPipelineConfig.builder().symbols("SPY", "SPY").build()).hasMessageContaining("data.symbols must be a list without repeats").hasMessageContaining("twice");
        assertThatThrownBy(() -> DataPipelineConfig.builder().symbols("../x").build()).hasMessageContaining("data.symbols must be tickers of 1 to 32");
        assertThatThrownBy(() -> DataPipelineConfig.builder().updateIntervalMinutes(0).build())
                .hasMessageContaining("data.updateIntervalMinutes must be in [1, 1440] but was 0");
        assertThatThrownBy(() -> DataPipelineConfig.builder().qualityThreshold(1.5).build())
                .hasMessageContaining("data.qualityThreshold must be in [0, 1] but was 1.5");
        assertThatThrownBy(() -> DataPipelineConfig.builder().maxCacheMb(0).build()).hasMessageContaining("data.maxCacheMb must be >= 1");
        assertThatThrownBy(() -> json.readValue("{\"symbol\":[\"SPY\"]}", DataPipelineConfig.class))
                .hasMessageContaining("symbol");
        assertThatThrownBy(() -> json.readValue("{\"intervals\":[\"1x\"]}", DataPipelineConfig.class))
                .hasMessageContaining("e.g. 1m");
    }
}
