package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics section through the CLI: names checked against what is installed; providers and alerts from config. */
class MetricsConfigCliTest {
    @TempDir
    Path dir;

    @Test
    void unknownSinksAndProvidersAreRefusedWithTheKnownOnes() {
        Cli.Result sink = Cli.run(dir, "config", "--set", "metrics.sinks=sqlite,promethus");
        assertThat(sink.exitCode()).isNotZero();
        assertThat(sink.err()).contains("metrics.sinks: 'promethus' is not a registered metric sink; registered: [")
                .contains("prometheus", "sqlite", "csv");
        Cli.Result provider = Cli.run(dir, "config", "--set", "metrics.providers=nothing_here");
        assertThat(provider.exitCode()).isNotZero();
        assertThat(provider.err()).contains("'nothing_here' is not a registered metric provider", "td_share");
        Cli.Result port = Cli.run(dir, "config", "--set", "metrics.prometheus.port=70000");
        assertThat(port.exitCode()).isNotZero();
        assertThat(port.err()).contains("metrics.prometheus.port");
        Cli.Result nested = Cli.run(dir, "config", "--set", "metrics.prometheus.prot=1");
        assertThat(nested.err()).contains("unknown key 'prometheus.prot'", "[bind, port]");
    }

    @Test
    void anotherBindAddressIsAllowedWithAWarning() {
        assertThat(Cli.run(dir, "config", "--set", "metrics.sinks=sqlite,prometheus").exitCode()).isZero();
        Cli.Result bind = Cli.run(dir, "config", "--set", "metrics.prometheus.bind=0.0.0.0");
        assertThat(bind.exitCode()).as(bind.err()).isZero();
        assertThat(bind.err()).contains("warning: metrics.prometheus.bind is 0.0.0.0");
    }

    @Test
    @Tag("integration")
    void providersAndRegressionAlertsAreSwitchedOnFromConfig() {
        TinyConfig.create().save(dir);
        for (String set : List.of("continuous.disabledTriggers=every_friday,data_drift,performance",
                "metrics.providers=td_share", "metrics.alerts=true",
                // a hair-trigger anomaly threshold, so that a few champion evaluations are enough to raise one
                "metrics.regression.minHistory=3", "metrics.regression.window=4", "metrics.regression.zThreshold=1e-9")) {
            Cli.Result r = Cli.run(dir, "config", "--set", set);
            assertThat(r.exitCode()).as(set + ": " + r.err()).isZero();
        }
        Cli.Result first = Cli.run(dir, "start", "--max-cycles", "1", "--no-progress", "--retrain-interval", "20");
        assertThat(first.exitCode()).as(first.err()).isZero();
        // the tiny learner never beats flat, so make its version champion by hand: alerts watch the champion only
        Cli.Result activate = Cli.run(dir, "models", "--activate", "latest", "--force", "--reason", "alert test");
        assertThat(activate.exitCode()).as(activate.err()).isZero();
        Cli.Result start = Cli.run(dir, "start", "--max-cycles", "4", "--no-progress", "--retrain-interval", "20");
        assertThat(start.exitCode()).as(start.err()).isZero();
        try (MetricsStore m = MetricsStore.openReadOnly(dir.resolve(MetricsStore.FILE_NAME))) {
            assertThat(m.metric("td_share.q_loss_share", 0, Long.MAX_VALUE)).as("the provider's values").isNotEmpty()
                    .allMatch(p -> p.value() >= 0 && p.value() <= 1.0 + 1e-9);
            assertThat(m.recentAlerts(100)).extracting(AlertEvent::kind).as("regression alerts on the champion")
                    .contains("anomaly");
        }
    }
}
