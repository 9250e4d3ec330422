package io.deepscalper.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.tuning.CurvePoint;
import io.deepscalper.tuning.TrialResult;
import io.deepscalper.tuning.TrialStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What travels back from a Spark task: every field exactly, including a failed trial's infinite score. */
class TrialTaskCodecTest {

    @Test
    void aCompletedTrialRoundTripsWithItsParameters() throws Exception {
        NetworkConfig net = new NetworkConfig(6, List.of(4), 4, 2, 3, 3);
        ParameterSet p = ParameterInit.kaimingUniform(net, 9);
        var choice = JsonNodeFactory.instance.arrayNode().add(32).add(32);
        TrialResult r = new TrialResult(3, 14, Map.of("train.gamma", DoubleNode.valueOf(0.1 + 0.2),
                "train.trunkSizes", choice), TrialStatus.COMPLETED, null, 400,
                List.of(new CurvePoint(100, -1e-17), new CurvePoint(200, 0.0123456789012345)), Map.of(100L, -1e-17),
                Map.of("total_return", 0.0123456789012345, "sharpe", 1.0 / 3), List.of(0.001, -0.002), 0.0123456789012345,
                1.0 / 3, 77, net, p);
        TrialResult back = TrialTask.decode(TrialTask.encode(r));
        assertThat(back.withParameters(null)).isEqualTo(r.withParameters(null));
        assertThat(ParameterCodec.encode(net, back.parameters())).isEqualTo(ParameterCodec.encode(net, p));
    }

    @Test
    void aFailedTrialKeepsItsNegativeInfiniteScore() throws Exception {
        TrialResult r = new TrialResult(0, 0, Map.of(), TrialStatus.FAILED, "invalid settings: x", 0, List.of(),
                Map.of(), Map.of(), List.of(), Double.NEGATIVE_INFINITY, 0, 5, null, null);
        TrialResult back = TrialTask.decode(TrialTask.encode(r));
        assertThat(back).isEqualTo(r);
        assertThat(back.score()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void optionsOfTheSparkJobAreCheckedByName() {
        SparkTuneMain.Options o = SparkTuneMain.Options.parse(new String[]{"--workdir", "/tmp/x", "--trials", "4",
                "--sampler", "random", "--until", "2025-03-03T21:01:00Z", "--no-register"});
        assertThat(o.trials).isEqualTo(4);
        assertThat(o.register).isFalse();
        assertThatThrownBy(() -> SparkTuneMain.Options.parse(new String[]{"--workdir", "/tmp/x", "--trails", "4"}))
                .hasMessageContaining("unknown option --trails");
        assertThatThrownBy(() -> SparkTuneMain.Options.parse(new String[]{"--trials", "4"}))
                .hasMessageContaining("--workdir DIR and --trials N");
        assertThat(SparkTuneMain.defaultMinSteps(8000, 500)).isEqualTo(2000);
    }
}
