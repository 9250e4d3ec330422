///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.deepscalper:deepscalper-continuous:0.1.0-SNAPSHOT
//DEPS org.slf4j:slf4j-simple:2.0.20
//FILES META-INF/services/io.deepscalper.api.spi.RetrainTrigger=services/CustomTrigger.RetrainTrigger

// Run: examples/jbang/jbang examples/jbang/CustomTrigger.java [--quick]   (after ./mvnw -B install)
// Generated from examples/src/main/java/io/deepscalper/examples/CustomTrigger.java by generate-from-java.sh

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario 2, a custom {@link RetrainTrigger}: "retrain when the rolling Sharpe drops below -0.5". It is
 * registered twice over: through {@code META-INF/services/io.deepscalper.api.spi.RetrainTrigger} (found by
 * every {@code ContinuousTrainer}) and, for a one-off rule, programmatically with {@code addCustomTrigger}.
 */
public class CustomTrigger {
    /** The plug-in: public, with a public no-arg constructor, so that ServiceLoader can create it. */
    public static class SharpeDropTrigger implements RetrainTrigger {
        static final double THRESHOLD = -0.5;
        static final int WINDOW = 3;

        @Override
        public String name() {
            return "sharpe-drop";
        }

        @Override
        public TriggerDecision evaluate(TriggerContext context) {
            List<Map<String, Double>> evaluations = context.recentEvaluations();
            if (evaluations.size() < WINDOW) {
                return TriggerDecision.hold("only " + evaluations.size() + " evaluations, need " + WINDOW);
            }
            double rolling = evaluations.subList(evaluations.size() - WINDOW, evaluations.size()).stream()
                    .mapToDouble(m -> m.getOrDefault("sharpe", Double.NaN)).average().orElse(Double.NaN);
            if (rolling < THRESHOLD) {
                return TriggerDecision.fire(String.format("rolling Sharpe %.2f < %.2f", rolling, THRESHOLD));
            }
            return TriggerDecision.hold(String.format("rolling Sharpe %.2f >= %.2f", rolling, THRESHOLD));
        }
    }

    public static void main(String[] args) throws Exception {
        // 1. ServiceLoader finds the plug-in by the name it reports
        RetrainTrigger trigger = Providers.byName(RetrainTrigger.class, "sharpe-drop");
        System.out.println("found through META-INF/services: " + trigger.name() + " ("
                + trigger.getClass().getSimpleName() + ")");

        // 2. what it decides on a healthy and on a deteriorating champion
        System.out.println("healthy:      " + trigger.evaluate(context(0.9, 1.1, 0.7)).reason());
        TriggerDecision bad = trigger.evaluate(context(0.2, -0.9, -1.4));
        System.out.println("deteriorated: fire=" + bad.fire() + ", " + bad.reason());

        // 3. in a real continuous trainer: ServiceLoader triggers plus one added in code
        Path dir = Files.createTempDirectory("deepscalper-custom-trigger");
        SimulatedMarketClock clock = SimulatedMarketClock.afterSession(LocalDate.of(2025, 3, 3), 0);
        try (TrainerAssembly assembly = TrainerAssembly.open(dir, QuickStartProfile.setup(), clock,
                Feeds.open(QuickStartProfile.data(), dir, clock))) {
            assembly.trainer().addCustomTrigger("friday-close", c ->
                    c.now().atZone(ZoneId.of("America/New_York")).getDayOfWeek() == DayOfWeek.FRIDAY
                            ? TriggerDecision.fire("weekly retrain after Friday's close")
                            : TriggerDecision.hold("not Friday"));
            System.out.println("triggers evaluated each cycle: "
                    + assembly.trainer().triggers().stream().map(RetrainTrigger::name).toList());
        }
    }

    private static TriggerContext context(double... sharpes) {
        List<Map<String, Double>> evaluations = java.util.Arrays.stream(sharpes)
                .mapToObj(s -> Map.of("sharpe", s)).toList();
        return new TriggerContext(Instant.parse("2025-03-07T21:01:00Z"), Optional.empty(), 1, Optional.of("v0001"),
                evaluations, List.of(), Optional.empty(), PerformanceSignal.UNKNOWN, Optional.empty(),
                ContinuousTrainingConfig.defaults());
    }
}
