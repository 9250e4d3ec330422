package io.deepscalper.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class DqnPolicyTest {
    private static final SessionSeries SPY = BundledData.spyJanuary2011().sessionRange(0, 2);
    private static final EnvConfig ENV = EnvConfig.builder().lookback(5).build();

    @Test
    void theGreedyAgentBacktestsLikeAnyPolicyAndIsDeterministic() {
        NetworkConfig net = new NetworkConfig(Observations.size(FeatureMatrix.FEATURE_COUNT, 5), List.of(16), 8, 4,
                ENV.priceBins(), ENV.quantityBins());
        try (DjlQNetwork network = DjlQNetwork.create(net, 3, 1)) {
            Backtester bt = new Backtester(SPY, ENV);
            PerformanceReport a = bt.run(new DqnPolicy(network), 0, 2);
            PerformanceReport b = bt.run(new DqnPolicy(network, "agent"), 0, 2);
            assertThat(a.policy()).isEqualTo("dqn");
            assertThat(b.policy()).isEqualTo("agent");
            assertThat(b.toMetricMap()).isEqualTo(a.toMetricMap());
            assertThat(a.sessions()).isEqualTo(2);
        }
    }

    @Test
    void aNetworkBuiltForAnotherEnvironmentIsRefusedWithAHint() {
        NetworkConfig wrong = new NetworkConfig(Observations.size(FeatureMatrix.FEATURE_COUNT, 6), List.of(16), 8, 4,
                ENV.priceBins(), ENV.quantityBins());
        try (DjlQNetwork network = DjlQNetwork.create(wrong, 3, 1)) {
            assertThatThrownBy(() -> new Backtester(SPY, ENV).run(new DqnPolicy(network), 0, 1))
                    .hasMessageContaining("does not fit the environment").hasMessageContaining("same EnvConfig");
        }
    }
}
