package io.deepscalper.spark;

import io.deepscalper.api.io.Json;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.continuous.RetrainMode;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.continuous.wiring.DqnModelTrainer;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;

/**
 * The Spark task of one symbol: trains a model on the symbol's sessions but the last {@code heldOut} with
 * continuous training's {@link DqnModelTrainer}, and backtests it and the flat policy on those held-out sessions
 * with its {@link BacktestEvaluator}.
 */
final class SymbolTask implements Function<SeriesPayload, String>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String envJson;
    private final String trainJson;
    private final int heldOut;

    SymbolTask(EnvConfig env, TrainConfig train, int heldOut) {
        try {
            envJson = Json.mapper().writeValueAsString(env);
            trainJson = Json.mapper().writeValueAsString(train);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the settings", e);
        }
        this.heldOut = heldOut;
    }

    @Override
    public String call(SeriesPayload payload) throws Exception {
        return Json.timeMapper().writeValueAsString(run(payload.series()));
    }

    /** @return the symbol's result (also what the driver computes when it runs a task itself, in tests) */
    SymbolResult run(SessionSeries all) throws IOException {
        EnvConfig env = Json.mapper().readValue(envJson, EnvConfig.class);
        TrainConfig train = Json.mapper().readValue(trainJson, TrainConfig.class);
        int n = all.sessions().size();
        if (n <= heldOut + 1) {
            return SymbolResult.failed(all.symbol(), "has " + n + " sessions; needs more than " + (heldOut + 1));
        }
        List<SessionSeries> training = List.of(all.sessionRange(0, n - heldOut));
        List<SessionSeries> test = List.of(all.sessionRange(n - heldOut, n));
        DqnModelTrainer trainer = new DqnModelTrainer(env, train);
        Path dir = Files.createTempDirectory("deepscalper-symbol-");
        TrainingOutcome outcome;
        try {
            outcome = trainer.train(new TrainingJob("symbol-" + all.symbol(), RetrainMode.FULL, null,
                    train.totalSteps(), training, dir, false), new TrainingListener() { });
        } finally {
            deleteTree(dir);
        }
        BacktestEvaluator evaluator = new BacktestEvaluator(trainer.network(), env, train.threads());
        ModelEvaluation model = evaluator.evaluate(outcome.parameters(), test);
        ModelEvaluation flat = evaluator.flat(test);
        return new SymbolResult(all.symbol(), outcome.steps(), model.sessions().get(0), model.sessions().get(
                model.sessions().size() - 1), model.metrics(), flat.metrics(), model.sessionReturns(), null);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
