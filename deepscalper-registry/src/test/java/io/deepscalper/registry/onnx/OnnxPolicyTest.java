package io.deepscalper.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.Policy;
import io.deepscalper.registry.fs.FileSystemModelRegistry;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OnnxPolicy, fed an exported registry version, trades exactly as the DJL network it was exported from. */
class OnnxPolicyTest {
    @TempDir
    Path dir;

    @Test
    void backtestThroughOnnxRuntimeEqualsTheDjlBacktestOnRealSessions() {
        // hurdle 0: the plain argmax of both branches, compared with the DJL network's own act
        EnvConfig env = EnvConfig.builder().costHurdle(0).build();
        NetworkConfig net = NetworkConfig.defaults(Observations.size(env));
        ParameterSet params = ParameterInit.kaimingUniform(net, 13);
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        store.register(NewModelVersion.builder(params, net).build());
        Path onnxFile = store.export(ModelRef.latest(), "onnx", dir.resolve("agent.onnx"), false).path();
        Backtester backtester = new Backtester(BundledData.spyJanuary2011(), env);

        Set<Integer> actions = new HashSet<>();
        try (DjlQNetwork djl = DjlQNetwork.of(net, params, 1);
             OnnxPolicy onnx = new OnnxPolicy(OnnxInference.open(onnxFile, net, 1), "onnx")) {
            Policy viaDjl = new Policy() {
                @Override
                public String name() {
                    return "djl";
                }

                @Override
                public int act(DecisionContext context) {
                    int a = djl.act(context.observation());
                    actions.add(a);
                    return a;
                }
            };
            PerformanceReport a = backtester.run(viaDjl, 0, 3);
            PerformanceReport b = backtester.run(onnx, 0, 3);
            assertThat(b.toMetricMap()).isEqualTo(a.toMetricMap());
            assertThat(b.dailyReturns()).isEqualTo(a.dailyReturns());
            assertThat(b.policy()).isEqualTo("onnx");
        }
        assertThat(actions).as("the untrained network still varies its actions, so equality means something")
                .hasSizeGreaterThan(1);
    }

    @Test
    void withTheCostHurdleOnnxActsByTheSameRuleAsTheDjlDqnPolicy() {
        EnvConfig env = EnvConfig.defaults();
        NetworkConfig net = NetworkConfig.defaults(Observations.size(env));
        ParameterSet params = ParameterInit.kaimingUniform(net, 17);
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        store.register(NewModelVersion.builder(params, net).build());
        Path onnxFile = store.export(ModelRef.latest(), "onnx", dir.resolve("agent.onnx"), false).path();
        Backtester backtester = new Backtester(BundledData.spyJanuary2011(), env);
        try (DjlQNetwork djl = DjlQNetwork.of(net, params, 1);
             OnnxPolicy onnx = new OnnxPolicy(OnnxInference.open(onnxFile, net, 1), "dqn")) {
            PerformanceReport a = backtester.run(new DqnPolicy(djl, "dqn"), 0, 3);
            PerformanceReport b = backtester.run(onnx, 0, 3);
            assertThat(b.toMetricMap()).isEqualTo(a.toMetricMap());
            assertThat(b.dailyReturns()).isEqualTo(a.dailyReturns());
        }
    }
}
