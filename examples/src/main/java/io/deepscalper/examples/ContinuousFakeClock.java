package io.deepscalper.examples;

import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.spi.TriggerDecision;
import io.deepscalper.continuous.ContinuousTrainer;
import io.deepscalper.continuous.CycleReport;
import io.deepscalper.continuous.wiring.AgentSetup;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Scenario 6: a continuous-training run on the synthetic market with a simulated clock. Each cycle jumps to the
 * close of the next NYSE session, so a week of trading days takes minutes; the run prints every trigger's decision
 * and each retrain (tested against flat and the champion on 10 held-out sessions, promoted only when the gate
 * passes; until one does, nothing is deployed).
 */
public class ContinuousFakeClock {
    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path dir = Files.createTempDirectory("deepscalper-continuous");
        DataPipelineConfig data = QuickStartProfile.data().toBuilder().source("synthetic").symbols(List.of("SYN"))
                .lookbackDays(quick ? 21 : 45).build();          // more sessions than the 10 the gate holds out
        AgentSetup quickStart = QuickStartProfile.setup();
        AgentSetup setup = AgentSetup.of(
                quickStart.continuous().toBuilder().incrementalSteps(quick ? 200 : 2_000)
                        .retrainIntervalHours(48).build(),          // the scheduled trigger: every other day
                quickStart.env(),
                quickStart.train().toBuilder().totalSteps(quick ? 300 : 5_000).warmupSteps(quick ? 100 : 500)
                        .epsilonDecaySteps(quick ? 200 : 4_000).batchSize(quick ? 16 : 64).build(),
                quickStart.health(), quickStart.gate());
        // the fake clock: starts after the close of Monday 3 March 2025; "sleeping" moves it to the next close
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(LocalDate.of(2025, 3, 3), 0);
        try (TrainerAssembly assembly = TrainerAssembly.open(dir, setup, clock, Feeds.open(data, dir, clock))) {
            ContinuousTrainer trainer = assembly.trainer();
            trainer.addCustomTrigger("thursday", c ->
                    c.now().atZone(ZoneId.of("America/New_York")).getDayOfWeek().getValue() == 4
                            ? TriggerDecision.fire("Thursday close") : TriggerDecision.hold("not Thursday"));
            trainer.start();
            trainer.run(quick ? 3 : 6, Duration.ofDays(1), clock.sleeper(), report -> print(clock, report));
        }
        System.out.println("working directory: " + dir);
    }

    static void print(SimulatedMarketClock clock, CycleReport report) {
        System.out.printf("cycle %d at %s%n", report.cycle(), clock.instant().atZone(ZoneId.of("America/New_York"))
                .toLocalDateTime());
        for (TriggerEvent e : report.triggers()) {
            System.out.printf("  %-12s %s  %s%n", e.trigger(), e.fired() ? "FIRED" : "hold ", e.reason());
        }
        report.retrain().ifPresent(r -> System.out.println("  retrain: " + r.message()));
    }
}
