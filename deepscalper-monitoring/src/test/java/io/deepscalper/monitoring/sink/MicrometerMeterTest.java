package io.deepscalper.monitoring.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Negative episode returns are counted and summed; evaluation gauges carry the version; old versions go. */
class MicrometerMeterTest {

    private static EpisodeEvent episode(long n, double rawReturn) {
        return new EpisodeEvent(n * 390, n, "SPY", LocalDate.of(2024, 1, 2), rawReturn, rawReturn * 2, 390, 3, 0.5, n);
    }

    @Test
    void losingEpisodesAreCountedNotDropped() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerMetricsWriter w = new MicrometerMetricsWriter(registry);
        w.onEpisode(episode(1, -0.02), TrainingControl.NONE);
        w.onEpisode(episode(2, -0.01), TrainingControl.NONE);
        w.onEpisode(episode(3, 0.005), TrainingControl.NONE);
        w.onEpisode(episode(4, Double.NaN), TrainingControl.NONE);
        FunctionCounter count = registry.find("deepscalper.train.episode.return.count").functionCounter();
        assertThat(count.count()).as("three finite returns, two of them negative").isEqualTo(3);
        assertThat(gauge(registry, "deepscalper.train.episode.return.sum")).isCloseTo(-0.025, within());
        assertThat(gauge(registry, "deepscalper.train.episode.return.last")).isEqualTo(0.005);
        assertThat(gauge(registry, "deepscalper.train.episode.return.recent_mean")).isCloseTo(-0.025 / 3, within());
        assertThat(gauge(registry, "deepscalper.train.episode.hindsight_return.sum")).isCloseTo(-0.05, within());
        assertThat(registry.find("deepscalper.train.episodes").counter().count()).isEqualTo(4);
    }

    @Property(tries = 200)
    void recentMeanIsTheMeanOfTheLatestHundred(@ForAll @Size(min = 1, max = 300) List<@DoubleRange(
            min = -1, max = 1) Double> values) {
        SignedSummary s = new SignedSummary(new SimpleMeterRegistry(), "x", "test value");
        values.forEach(s::record);
        int from = Math.max(0, values.size() - SignedSummary.RECENT);
        double expected = values.subList(from, values.size()).stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        assertThat(s.recentMean()).isCloseTo(expected, Offset.offset(1e-9));
        assertThat(s.count()).isEqualTo(values.size());
        assertThat(s.sum()).isCloseTo(values.stream().mapToDouble(Double::doubleValue).sum(),
                Offset.offset(1e-9));
    }

    @Test
    void evaluationGaugesCarryVersionAndSplitAndOnlyRecentVersionsStay() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerMetricsWriter w = new MicrometerMetricsWriter(registry);
        for (int i = 0; i < MicrometerMetricsWriter.MAX_VERSIONS + 5; i++) {
            w.onEvaluation("v_" + i, new EvaluationEvent(0, "validation", LocalDate.of(2024, 1, 2),
                    LocalDate.of(2024, 1, 5), Map.of("sharpe", (double) i), Map.of(), i));
        }
        w.onEvaluation(null, new EvaluationEvent(10, "validation", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5),
                Map.of("sharpe", -1.0), Map.of(), 99));
        Gauge latest = registry.find("deepscalper.eval.sharpe").tags("model_version", "v_24", "split", "validation")
                .gauge();
        assertThat(latest.value()).isEqualTo(24);
        assertThat(registry.find("deepscalper.eval.sharpe").tag("model_version", MicrometerMetricsWriter.IN_TRAINING)
                .gauge().value()).isEqualTo(-1);
        assertThat(registry.find("deepscalper.eval.sharpe").tag("model_version", "v_0").gauge())
                .as("the oldest versions' gauges are removed").isNull();
        assertThat(registry.find("deepscalper.eval.sharpe").gauges()).hasSize(MicrometerMetricsWriter.MAX_VERSIONS);
        assertThat(latest.getId().getDescription()).isNotBlank();
    }

    private static double gauge(SimpleMeterRegistry r, String name) {
        return r.find(name).gauge().value();
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-12);
    }
}
