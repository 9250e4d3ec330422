///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.deepscalper:deepscalper-core:0.1.0-SNAPSHOT
//DEPS org.slf4j:slf4j-simple:2.0.20

// Run: examples/jbang/jbang examples/jbang/QuickStart.java [--quick]   (after ./mvnw -B install)
// Generated from examples/src/main/java/io/deepscalper/examples/QuickStart.java by generate-from-java.sh

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.train.Trainer;
import io.deepscalper.core.train.TrainingResult;
import java.util.List;

/**
 * Scenario 1, quick start: trains a small agent on the bundled SPY minutes (January 2011) and prints the
 * agent-vs-baselines table on held-out sessions. The JBang twin is {@code examples/jbang/QuickStart.java}.
 */
public class QuickStart {
    public static void main(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        SessionSeries spy = BundledData.spyJanuary2011();
        int sessions = spy.sessions().size();
        int heldOut = quick ? 2 : 4;
        // a small network and a short schedule: the defaults (200,000 steps, 256-wide layers) take hours
        TrainConfig train = TrainConfig.builder()
                .totalSteps(quick ? 400 : 30_000).warmupSteps(quick ? 200 : 3_000)
                .epsilonDecaySteps(quick ? 300 : 20_000).batchSize(quick ? 16 : 64).bufferCapacity(50_000)
                .trunkSizes(List.of(64, 64)).headHidden(64).auxHidden(32)
                .evalIntervalSteps(0).seed(7).build();
        try (Trainer trainer = Trainer.builder(spy, EnvConfig.defaults(), train)
                .trainSessions(0, sessions - heldOut).evalSessions(sessions - heldOut, sessions).build()) {
            TrainingResult result = trainer.run();
            System.out.printf("Trained %d steps (%d updates, %d episodes) on %d SPY sessions; held out %d%n%n",
                    result.steps(), result.updates(), result.episodes(), sessions - heldOut, heldOut);
            List<PerformanceReport> reports = trainer.evaluate();
            System.out.print(PerformanceReport.comparisonTable(reports));
        }
    }
}
