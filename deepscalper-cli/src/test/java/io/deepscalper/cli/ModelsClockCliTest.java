package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.HeldOutSessions;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.RegistryEvent;
import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.continuous.OrchestratorState;
import io.deepscalper.registry.params.CanonicalLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code models --activate} and {@code models --rollback} stamp the registry's history with the trainer's clock
 * (the simulated one after a simulated run), as the trainer stamps its version ids and registrations, not with
 * the wall clock.
 */
class ModelsClockCliTest {
    private static final NetworkConfig NET = new NetworkConfig(12, List.of(8), 8, 4, 21, 11);
    /** Where the simulated clock stood when the trainer last saved its state. */
    private static final Instant SIMULATED = Instant.parse("2025-03-17T21:01:00Z");

    @TempDir
    Path dir;

    @Test
    void activateAndRollbackFromTheCliUseTheTrainersSimulatedClock() {
        ModelStore registry = new Workdir(dir).models(Clock.fixed(Instant.parse("2025-03-04T21:01:00Z"),
                ZoneOffset.UTC));
        ModelVersion a = registry.register(version(1));
        ModelVersion b = registry.register(version(2));
        registry.activate(ModelRef.of(a.id()));
        OrchestratorState.initial().withSimulationStart(LocalDate.of(2025, 3, 3)).at(SIMULATED).save(dir);

        Cli.Result activated = Cli.run(dir, "models", "--activate", b.id().value());
        assertThat(activated.exitCode()).as(activated.err()).isZero();
        Cli.Result rolledBack = Cli.run(dir, "models", "--rollback", "--reason", "test");
        assertThat(rolledBack.exitCode()).as(rolledBack.err()).isZero();
        assertThat(rolledBack.out()).contains("rolled back to " + a.id());

        List<RegistryEvent> history = new Workdir(dir).models().history();
        assertThat(history).hasSizeGreaterThanOrEqualTo(3);
        List<RegistryEvent> fromCli = history.subList(history.size() - 2, history.size());
        assertThat(fromCli).extracting(RegistryEvent::action).containsExactly("activate", "rollback");
        assertThat(fromCli).allSatisfy(e -> assertThat(e.at()).as(e.action()).isEqualTo(SIMULATED));
    }

    private static NewModelVersion version(long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        List<NamedTensor> tensors = new ArrayList<>();
        CanonicalLayout.shapes(NET).forEach((name, shape) -> {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            float[] v = new float[(int) n];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rnd.nextDouble(-0.1, 0.1);
            }
            tensors.add(new NamedTensor(name, shape, v));
        });
        GateResult passed = new GateResult(true, List.of(GateCheck.metric("sharpe", GateCheck.THRESHOLD, 1.0, 0.0,
                true, false, "sharpe 1 satisfies >= 0")), null,
                new HeldOutSessions("validation", LocalDate.of(2025, 2, 18), LocalDate.of(2025, 3, 3), 10),
                Map.of("sharpe", 1.0), Map.of());
        return NewModelVersion.builder(new ParameterSet(tensors), NET).trigger("test").metric("sharpe", 1.0)
                .validation(passed).build();
    }
}
