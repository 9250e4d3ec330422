package io.deepscalper.core.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.io.Json;
import io.deepscalper.core.dqn.TdLoss;
import io.deepscalper.core.dqn.TrainConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainConfigTest {
    private static final ObjectMapper JSON = Json.mapper();

    @Test
    void defaultsAreTheOriginalSystemsValues() {
        TrainConfig c = TrainConfig.defaults();
        assertThat(c.learningRate()).isEqualTo(3e-4);
        assertThat(c.totalSteps()).isEqualTo(200_000);
        assertThat(c.batchSize()).isEqualTo(256);
        assertThat(c.bufferCapacity()).isEqualTo(500_000);
        assertThat(c.epsilonStart()).isEqualTo(1.0);
        assertThat(c.epsilonEnd()).isEqualTo(0.05);
        assertThat(c.epsilonDecaySteps()).isEqualTo(150_000);
        assertThat(c.warmupSteps()).isEqualTo(10_000);
        assertThat(c.gamma()).isEqualTo(0.99);
        assertThat(c.tau()).isEqualTo(0.005);
        assertThat(c.gradClipNorm()).isEqualTo(1.0);
        assertThat(c.hindsightWeight()).isEqualTo(0.5);
        assertThat(c.hindsightHorizon()).isEqualTo(30);
        assertThat(c.auxWeight()).isEqualTo(0.1);
        assertThat(c.doubleDqn()).isTrue();
        assertThat(c.tdLoss()).isEqualTo(TdLoss.HUBER);
        assertThat(c.priorityAlpha()).isEqualTo(0.6);
        assertThat(c.trunkSizes()).isEqualTo(List.of(256, 256, 256));
        assertThat(c.network(1803, 21, 11).parameterCount()).isEqualTo(832_290);
        assertThat(c.nStep()).as("the original one-step target").isEqualTo(1);
        assertThat(c.updatesPerStep()).isEqualTo(1);
    }

    @Test
    void nStepAndUpdatesPerStepAreCheckedWithTheirRange() {
        assertThat(TrainConfig.builder().nStep(3).updatesPerStep(2).build().nStep()).isEqualTo(3);
        assertThatThrownBy(() -> TrainConfig.builder().nStep(0).build()).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("train.nStep must be in [1, 32] but was 0");
        assertThatThrownBy(() -> TrainConfig.builder().nStep(33).build()).hasMessageContaining("train.nStep");
        assertThatThrownBy(() -> TrainConfig.builder().updatesPerStep(0).build())
                .hasMessageContaining("train.updatesPerStep must be in [1, 16] but was 0");
    }

    @Test
    void schedulesAreLinearThenFlat() {
        TrainConfig c = TrainConfig.defaults();
        assertThat(c.epsilon(0)).isEqualTo(1.0);
        assertThat(c.epsilon(75_000)).isCloseTo(0.525, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.epsilon(300_000)).isEqualTo(0.05);
        assertThat(c.beta(0)).isEqualTo(0.4);
        assertThat(c.beta(200_000)).isEqualTo(1.0);
    }

    @Test
    void jsonRoundTripsFillsDefaultsAndRejectsTyposAndBadValues() throws Exception {
        TrainConfig c = TrainConfig.builder().seed(5).tdLoss(TdLoss.HALF_SQUARED).doubleDqn(false).build();
        assertThat(JSON.readValue(JSON.writeValueAsString(c), TrainConfig.class)).isEqualTo(c);
        assertThat(JSON.readValue("{\"batchSize\": 64}", TrainConfig.class))
                .isEqualTo(TrainConfig.builder().batchSize(64).build());
        assertThatThrownBy(() -> JSON.readValue("{\"learningrate\": 0.1}", TrainConfig.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("learningrate");
        assertThatThrownBy(() -> JSON.readValue("{\"gamma\": 1.5}", TrainConfig.class))
                .hasRootCauseInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("train.gamma must be in [0, 1) but was 1.5");
        assertThatThrownBy(() -> TrainConfig.builder().bufferCapacity(100).batchSize(256).build())
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("bufferCapacity must be >= 256");
        assertThatThrownBy(() -> TrainConfig.builder().tdLoss(null).build())
                .hasMessageContaining("HUBER or HALF_SQUARED");
    }
}
