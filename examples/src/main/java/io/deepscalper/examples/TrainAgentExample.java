package io.deepscalper.examples;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.train.Trainer;
import io.deepscalper.core.train.TrainingResult;
import java.util.List;

/**
 * Trains the DeepScalper agent briefly on the bundled real SPY minutes (January 2011): the first 15
 * sessions for training, the last 5 held out, then prints the greedy agent next to the flat,
 * buy-and-hold, random and momentum baselines on the held-out sessions.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am package -DskipTests -Ptrain-agent                       # about 8k steps
 * ./mvnw -B -q -pl examples -am package -DskipTests -Ptrain-agent -Dexample.args=--quick # CI-sized
 * </pre>
 * Options: {@code --quick}, {@code --steps N}, {@code --threads N}, {@code --seed N}.
 */
public final class TrainAgentExample {
    private TrainAgentExample() {
    }

    /** @param args see the type's documentation */
    public static void main(String[] args) {
        boolean quick = false;
        long steps = -1;
        int threads = -1;
        long seed = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--steps" -> steps = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i] + "; use --quick, --steps N, --threads N, --seed N");
                    System.exit(2);
                }
            }
        }
        if (threads < 0) {
            // one intra-op thread for CI-sized runs: on a shared, busy machine two OpenMP threads spin-wait on
            // each other and an update can get many times slower (measured, see notes/issue-3.md)
            threads = quick ? 1 : 2;
        }
        SessionSeries spy = BundledData.spyJanuary2011();
        EnvConfig env = EnvConfig.builder().lookback(quick ? 30 : 60).rewardScale(100).build();
        TrainConfig.Builder train = TrainConfig.builder().threads(threads).seed(seed).evalIntervalSteps(0)
                .checkpointIntervalSteps(0);
        if (quick) {
            train.totalSteps(1500).batchSize(64).warmupSteps(300).epsilonDecaySteps(1000).bufferCapacity(10_000)
                    .trunkSizes(List.of(128, 128)).headHidden(64).auxHidden(32);
        } else {
            train.totalSteps(8000).batchSize(128).warmupSteps(1000).epsilonDecaySteps(6000).bufferCapacity(50_000);
        }
        if (steps > 0) {
            train.totalSteps(steps);
        }
        TrainConfig config = train.build();
        System.out.printf("training on %s sessions %s..%s for %d steps (%s network, batch %d, %d threads)%n",
                spy.symbol(), spy.sessions().get(0).date(), spy.sessions().get(14).date(), config.totalSteps(),
                config.trunkSizes(), config.batchSize(), config.threads());
        long t0 = System.nanoTime();
        try (Trainer trainer = Trainer.builder(spy, env, config).trainSessions(0, 15).evalSessions(15, 20)
                .listener(new TrainingListener() {
                    @Override
                    public void onEpisode(EpisodeEvent e, TrainingControl control) {
                        System.out.printf("  episode %3d  %s  raw return %+.4f  hindsight %+.4f  trades %3d  eps %.2f%n",
                                e.episode(), e.session(), e.rawReturn(), e.hindsightReturn(), e.trades(), e.epsilon());
                    }
                }).build()) {
            TrainingResult result = trainer.run();
            List<PerformanceReport> reports = trainer.evaluate();
            System.out.printf("%n%d steps, %d updates in %.1f s (%s). Held-out sessions %s..%s, raw reward:%n%n%s%n",
                    result.steps(), result.updates(), (System.nanoTime() - t0) / 1e9, result.end().text(),
                    spy.sessions().get(15).date(), spy.sessions().get(19).date(),
                    PerformanceReport.comparisonTable(reports));
        }
    }
}
