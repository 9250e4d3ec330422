package io.deepscalper.tuning.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {
    private static final EnvConfig ENV = QuickStartProfile.env();
    private static final TrainConfig TRAIN = QuickStartProfile.training();

    private static SearchSpace valid(String json) {
        return SearchSpace.parse(json).validate(ENV, TRAIN);
    }

    @Test
    void readsEveryKindInFileOrder() {
        SearchSpace s = valid("""
                {"train.learningRate": {"type": "loguniform", "low": 1e-4, "high": 1e-2},
                 "env.lookback": {"type": "int", "low": 2, "high": 8},
                 "train.gamma": {"type": "uniform", "low": 0.8, "high": 0.95},
                 "train.trunkSizes": {"type": "choice", "values": [[16], [32, 32]]}}""");
        assertThat(s.names()).containsExactly("train.learningRate", "env.lookback", "train.gamma", "train.trunkSizes");
        assertThat(s.param("train.learningRate").kind()).isEqualTo(ParamSpec.Kind.LOG_UNIFORM);
        assertThat(s.param("train.learningRate").internalLow()).isEqualTo(Math.log(1e-4));
        assertThat(s.param("env.lookback").toValue(8.4)).isEqualTo(LongNode.valueOf(8));
        assertThat(s.param("train.trunkSizes").choices()).hasSize(2);
        assertThat(SearchSpace.parse(s.toJson().toString())).isEqualTo(s);
    }

    @Test
    void theQuickStartSpaceIsValid() {
        assertThat(SearchSpace.quickStart().validate(ENV, TRAIN).params()).hasSize(6);
    }

    @Test
    void refusesAnUnknownFieldNamingTheKnownOnes() {
        assertThatThrownBy(() -> valid("{\"train.learningRat\": {\"type\": \"uniform\", \"low\": 0.1, \"high\": 0.2}}"))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("space.train.learningRat")
                .hasMessageContaining("unknown field").hasMessageContaining("learningRate");
        assertThatThrownBy(() -> valid("{\"net.width\": {\"type\": \"int\", \"low\": 1, \"high\": 2}}"))
                .hasMessageContaining("env.<field> and train.<field>");
    }

    @Test
    void refusesFieldsTheTunerSets() {
        assertThatThrownBy(() -> valid("{\"train.seed\": {\"type\": \"int\", \"low\": 1, \"high\": 9}}"))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("set by the tuner");
        assertThatThrownBy(() -> valid("{\"train.totalSteps\": {\"type\": \"int\", \"low\": 1, \"high\": 9}}"))
                .hasMessageContaining("set by the tuner");
    }

    @Test
    void refusesBadRanges() {
        assertThatThrownBy(() -> valid("{\"train.gamma\": {\"type\": \"uniform\", \"low\": 0.9, \"high\": 0.9}}"))
                .hasMessageContaining("low must be below high");
        assertThatThrownBy(() -> valid("{\"train.learningRate\": {\"type\": \"loguniform\", \"low\": 0, \"high\": 0.1}}"))
                .hasMessageContaining("log-uniform range needs low > 0");
        assertThatThrownBy(() -> valid("{\"env.lookback\": {\"type\": \"int\", \"low\": 1.5, \"high\": 4}}"))
                .hasMessageContaining("whole low and high");
        assertThatThrownBy(() -> valid("{\"train.batchSize\": {\"type\": \"choice\", \"values\": []}}"))
                .hasMessageContaining("non-empty");
        assertThatThrownBy(() -> valid("{\"train.gamma\": {\"type\": \"normal\", \"low\": 0, \"high\": 1}}"))
                .hasMessageContaining("unknown type 'normal'");
        assertThatThrownBy(() -> valid("{\"train.gamma\": {\"type\": \"uniform\", \"low\": 0, \"hi\": 1}}"))
                .hasMessageContaining("unknown key 'hi'");
        assertThatThrownBy(() -> valid("{}")).hasMessageContaining("no parameter");
        assertThatThrownBy(() -> valid("[1]")).hasMessageContaining("JSON object");
    }

    @Test
    void refusesARangeEndTheSettingsThemselvesRefuse() {
        // gamma must be below 1: the learner's own check is the judge, with its own message
        assertThatThrownBy(() -> valid("{\"train.gamma\": {\"type\": \"uniform\", \"low\": 0.9, \"high\": 1.0}}"))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("space.train.gamma")
                .hasMessageContaining("1.0").hasMessageContaining("train.gamma");
        assertThatThrownBy(() -> valid("{\"env.quantityBins\": {\"type\": \"choice\", \"values\": [11, 12]}}"))
                .hasMessageContaining("odd");
    }

    @Test
    void overridesReplaceOnlyTheNamedFields() {
        ConfigOverrides.Settings s = ConfigOverrides.apply(ENV, TRAIN, Map.of("train.gamma", DoubleNode.valueOf(0.85),
                "env.lookback", LongNode.valueOf(6)));
        assertThat(s.train().gamma()).isEqualTo(0.85);
        assertThat(s.env().lookback()).isEqualTo(6);
        assertThat(s.train().toBuilder().gamma(TRAIN.gamma()).build()).isEqualTo(TRAIN);
        assertThat(ConfigOverrides.apply(ENV, TRAIN, Map.of()).train().trunkSizes()).isEqualTo(List.of(32, 32));
    }
}
