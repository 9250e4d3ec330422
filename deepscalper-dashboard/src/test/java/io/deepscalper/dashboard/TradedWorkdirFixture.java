package io.deepscalper.dashboard;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.paper.risk.RiskLimits;
import io.deepscalper.paper.trade.PaperRun;
import io.deepscalper.paper.trade.PaperTrading;
import io.deepscalper.paper.trade.PaperTradingOptions;
import io.deepscalper.tuning.LocalTrialExecutor;
import io.deepscalper.tuning.TuningConfig;
import io.deepscalper.tuning.TuningSession;
import io.deepscalper.tuning.TuningSetup;
import io.deepscalper.tuning.sample.Sampler;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import io.deepscalper.tuning.space.SearchSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link WorkdirFixture}'s directory, copied, then tuned and paper-traded for real: a tiny hyperparameter search
 * ({@value #TRIALS} trials of {@value #TRIAL_STEPS} steps, successive halving at half the budget, registered
 * through the gate), then a paper run of {@value #SESSIONS} bundled SPY sessions through the simulated broker
 * with the active model, its shadow challenger, the shadow tests after {@value #SESSIONS} sessions (promotion and
 * rollback, which change the copy's registry), and a position limit of {@value #MAX_POSITION} share(s) that cuts
 * the model's orders (so breaches are journalled). Built once per test JVM; the continuous run stays untouched
 * for the tests that count its versions.
 */
final class TradedWorkdirFixture {
    static final int TRIALS = 4;
    static final long TRIAL_STEPS = 400;
    static final int SESSIONS = 10;
    static final long MAX_POSITION = 1;
    private static final Instant UNTIL = Instant.parse("2025-03-03T21:01:00Z");
    private static TradedWorkdirFixture fixture;

    final Path dir;
    final TuningSession.Outcome tuning;
    final PaperRun paper;

    private TradedWorkdirFixture(Path dir, TuningSession.Outcome tuning, PaperRun paper) {
        this.dir = dir;
        this.tuning = tuning;
        this.paper = paper;
    }

    static synchronized TradedWorkdirFixture get() {
        if (fixture == null) {
            try {
                Path d = Files.createTempDirectory(Path.of("target"), "dashboard-traded-");
                copy(WorkdirFixture.get(), d);
                TuningSession.Outcome t = tune(d);
                fixture = new TradedWorkdirFixture(d, t, trade(d));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixture;
    }

    private static TuningSession.Outcome tune(Path d) {
        EnvConfig env = QuickStartProfile.env();
        TrainConfig train = QuickStartProfile.training().toBuilder().totalSteps(TRIAL_STEPS).warmupSteps(50)
                .batchSize(16).bufferCapacity(2_000).epsilonDecaySteps(300).evalIntervalSteps(100)
                .selectionSessions(3).threads(1).build();
        int gateSessions = QuickStartProfile.continuous().validationSessions();
        TuningSetup setup = new TuningSetup(env, train, QuickStartProfile.data(), QuickStartProfile.gate(),
                gateSessions, null);
        TuningConfig config = new TuningConfig(TRIALS, null, 0L, 3, gateSessions,
                new SuccessiveHalving(TRIAL_STEPS / 2, 2));
        return TuningSession.run(d, setup, SearchSpace.quickStart(), Sampler.named("random"), config,
                new LocalTrialExecutor(2, 1), UNTIL, true, (id, name, r) -> { });
    }

    private static PaperRun trade(Path d) {
        ModelStore models = TrainerAssembly.openRegistry(d);
        EnvConfig base = QuickStartProfile.env();
        ModelVersionId active = models.aliases().get(Alias.ACTIVE);
        EnvConfig env = active == null ? base : BacktestEvaluator.trainedEnv(models.metadata(ModelRef.of(active)), base);
        SessionSeries series = BundledData.spyJanuary2011();
        PaperTradingOptions options = new PaperTradingOptions(new RiskLimits(MAX_POSITION, 0.05, 10, true, 0),
                ZoneId.of("America/New_York"), Duration.ofSeconds(5), SESSIONS, SESSIONS);
        PaperTrading.Setup setup = new PaperTrading.Setup(d, series.symbol(), "simulated",
                Map.of("fromSession", "1", "toSession", String.valueOf(1 + SESSIONS), "speed", "max"),
                List.of(series, env), models, base, m -> BacktestEvaluator.trainedEnv(m, base), QuickStartProfile.gate(),
                Optional.empty(), series.bars().slice(0, series.sessions().get(1).start()), options, Clock.systemUTC());
        try (PaperTrading trading = PaperTrading.open(setup)) {
            return trading.trader().run();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
