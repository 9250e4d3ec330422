package io.deepscalper.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.DataFingerprint;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.continuous.ModelEvaluator;
import io.deepscalper.continuous.Probation;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.tuning.select.DeflatedSharpe;
import io.deepscalper.tuning.space.ConfigOverrides;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the search's best trial a candidate version through the normal gate: it is evaluated, next to flat and
 * the current champion, on the gate's sessions (which no trial trained, validated or was ranked on), the
 * {@link ValidationGate} decides, the version is registered with the tuned settings as its config and the
 * search's record ({@code tuning}: trial count, deflated Sharpe ratio, ...) in its metadata, and it becomes
 * champion only when the gate passed (a challenger otherwise), as a retrain's candidate does; a new champion is
 * put on the loop's probation. Unlike the loop's promotion it does not set the data feed's drift reference (the
 * search has no feed); the loop's next promotion does.
 */
public final class CandidateRegistration {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateRegistration.class);

    private CandidateRegistration() {
    }

    /**
     * What registering gave.
     *
     * @param version   the registered version
     * @param gate      the gate's result
     * @param promoted  true when it passed and is now the champion
     * @param candidate its evaluation on the gate's sessions
     */
    public record Registration(ModelVersion version, GateResult gate, boolean promoted, ModelEvaluation candidate) {
    }

    /**
     * @param models     the registry
     * @param gate       the gate (needs at most the split's gate sessions)
     * @param result     the finished search
     * @param split      its data split
     * @param env        the base environment of the search
     * @param train      the base learner of the search
     * @param baseConfig the configuration tree stored with versions (its {@code env} and {@code train} are
     *                   replaced by the tuned ones; null for none)
     * @return the registration, empty when no trial completed
     */
    public static Optional<Registration> register(ModelStore models, ValidationGate gate, TuningResult result,
                                                  TuningSplit split, EnvConfig env, TrainConfig train,
                                                  JsonNode baseConfig) {
        return register(models, gate, result, split, env, train, baseConfig, null, null);
    }

    /**
     * As {@link #register(ModelStore, ValidationGate, TuningResult, TuningSplit, EnvConfig, TrainConfig, JsonNode)},
     * and a version that passes is put on the continuous trainer's probation in {@code workdir}, as a champion the
     * loop promoted would be: judged against its predecessor on the sessions after the gate's.
     *
     * @param workdir the working directory whose loop watches the champion, or null for no probation
     * @param clock   stamps the probation (null with a null {@code workdir})
     */
    public static Optional<Registration> register(ModelStore models, ValidationGate gate, TuningResult result,
                                                  TuningSplit split, EnvConfig env, TrainConfig train,
                                                  JsonNode baseConfig, Path workdir, Clock clock) {
        if (result.best().isEmpty()) {
            LOG.warn("search {}: no trial completed; nothing to register", result.searchId());
            return Optional.empty();
        }
        gate.requireHeldOut(split.gateWindow().sessions());
        TrialResult best = result.best().get();
        ConfigOverrides.Settings s = ConfigOverrides.apply(env, train, best.values());
        TrainConfig tunedTrain = s.train().toBuilder().seed(best.seed())
                .selectionSessions(split.validationSessions()).build();
        BacktestEvaluator evaluator = new BacktestEvaluator(best.network(), s.env(), train.threads());
        ModelEvaluation candidate = evaluator.evaluate(best.parameters(), split.gate());
        Optional<ModelVersion> champion = models.find(ModelRef.of(Alias.CHAMPION));
        ModelEvaluation championEval = null;
        if (champion.isPresent()) {
            LoadedModel loaded = models.load(ModelRef.of(champion.get().id()));
            ModelEvaluator own = evaluator.forModel(loaded.metadata());
            championEval = own.evaluate(loaded.parameters(), split.gate());
        }
        GateResult verdict = gate.evaluate(candidate, evaluator.flat(split.gate()),
                champion.map(ModelVersion::id).orElse(null), championEval, split.gateWindow());
        Map<String, Double> metrics = new LinkedHashMap<>(candidate.metrics());
        DeflatedSharpe d = result.deflation();
        metrics.put("tuning.trials", (double) result.trials().size());
        metrics.put("tuning.validation_return", best.score());
        if (d != null) {
            metrics.put("tuning.validation_sharpe", d.sharpe());
            metrics.put("tuning.expected_max_sharpe", d.expectedMaxSharpe());
            metrics.put("tuning.deflated_sharpe", d.probability());
        }
        NewModelVersion.Builder nv = NewModelVersion.builder(best.parameters(), best.network()).trigger("tune")
                .config(config(baseConfig, s.env(), tunedTrain, result, best)).data(DataFingerprint.of(split.search()))
                .seed(best.seed()).trainingSteps(best.steps()).metrics(metrics).validation(verdict)
                .runId(result.searchId()).full().parent(champion.map(ModelVersion::id).orElse(null));
        ModelVersion version = models.register(nv.build());
        if (verdict.passed()) {
            models.activate(ModelRef.of(version.id()));
            if (workdir != null) {
                Probation.start(workdir, version.id().value(), champion.map(v -> v.id().value()).orElse(null),
                        split.gateWindow().to(), clock.instant());
            }
            LOG.info("search {}: {} passed the gate and is the new champion", result.searchId(), version.id());
        } else {
            models.setChallenger(ModelRef.of(version.id()));
            LOG.info("search {}: {} failed the gate: {}", result.searchId(), version.id(), verdict.failures());
        }
        return Optional.of(new Registration(version, verdict, verdict.passed(), candidate));
    }

    /** @return the configuration tree of the tuned version, with the search's record under {@code tuning} */
    static ObjectNode config(JsonNode base, EnvConfig env, TrainConfig train, TuningResult result, TrialResult best) {
        ObjectNode tree = base != null && base.isObject() ? ((ObjectNode) base).deepCopy()
                : Json.mapper().createObjectNode();
        tree.set("env", Json.mapper().valueToTree(env));
        tree.set("train", Json.mapper().valueToTree(train));
        ObjectNode t = tree.putObject("tuning");
        t.put("searchId", result.searchId());
        t.put("sampler", result.sampler());
        t.put("trials", result.trials().size());
        t.put("completed", result.count(TrialStatus.COMPLETED));
        t.put("stoppedEarly", result.count(TrialStatus.STOPPED_EARLY));
        t.put("stoppedByBudget", result.count(TrialStatus.STOPPED_BUDGET));
        t.put("failed", result.count(TrialStatus.FAILED));
        t.put("bestTrial", best.number());
        t.set("bestValues", Json.mapper().valueToTree(best.values()));
        t.put("validationSessions", best.sessionReturns().size());
        t.put("validationReturn", best.score());
        DeflatedSharpe d = result.deflation();
        if (d != null) {
            t.put("validationSharpe", d.sharpe());
            t.put("sharpeVariance", d.sharpeVariance());
            t.put("expectedMaxSharpe", d.expectedMaxSharpe());
            t.put("deflatedSharpe", d.probability());
        }
        return tree;
    }
}
