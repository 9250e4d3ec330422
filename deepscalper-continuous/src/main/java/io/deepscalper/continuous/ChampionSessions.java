package io.deepscalper.continuous;

import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.nn.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The champion's P&L per trading session, the series the performance trigger tests. It starts with the
 * held-out sessions of the latest split (those the champion was validated on when it was promoted) and
 * adds each new session once, as data arrives; every value is the champion's {@value #METRIC} on one
 * session it was not trained on (the mean over symbols when there are several). It restarts when the
 * champion changes and after a retrain the performance trigger caused, so one drop triggers one retrain
 * and the next alarm needs new evidence; a retrain by another trigger (the schedule) that keeps the
 * champion keeps its record.
 */
final class ChampionSessions {
    /** The evaluator's metric read per session. */
    static final String METRIC = "total_return";

    private final DataFeed feed;
    private final ModelStore models;
    private final ModelEvaluator evaluator;
    private final SessionSplitStrategy splitter;
    private final int validationSessions;
    private final int capacity;
    private final List<Double> returns = new ArrayList<>();
    private String championId;
    private LocalDate lastScored;

    /**
     * @param capacity the most sessions kept (older ones are dropped)
     */
    ChampionSessions(DataFeed feed, ModelStore models, ModelEvaluator evaluator, SessionSplitStrategy splitter,
                     int validationSessions, int capacity) {
        this.feed = feed;
        this.models = models;
        this.evaluator = evaluator;
        this.splitter = splitter;
        this.validationSessions = validationSessions;
        this.capacity = capacity;
    }

    /** Scores the champion on the held-out sessions it has not been scored on yet. */
    void update() {
        Optional<ModelVersion> champion = models.find(ModelRef.of(Alias.CHAMPION));
        if (champion.isEmpty()) {
            restart();
            championId = null;
            return;
        }
        if (!champion.get().id().value().equals(championId)) {
            restart();
            championId = champion.get().id().value();
        }
        Optional<HeldOutData> data = HeldOutData.split(feed, splitter, validationSessions, null, null);
        if (data.isEmpty()) {
            return;
        }
        TreeMap<LocalDate, List<SessionSeries>> byDate = new TreeMap<>();
        for (SessionSeries s : data.get().heldOut()) {
            for (int i = 0; i < s.sessions().size(); i++) {
                LocalDate d = s.sessions().get(i).date();
                if (lastScored == null || d.isAfter(lastScored)) {
                    byDate.computeIfAbsent(d, k -> new ArrayList<>()).add(s.sessionRange(i, i + 1));
                }
            }
        }
        if (byDate.isEmpty()) {
            return;
        }
        LoadedModel loaded = models.load(ModelRef.of(champion.get().id()));
        ModelEvaluator own = evaluator.forModel(loaded.metadata());
        ParameterSet params = loaded.parameters();
        byDate.forEach((date, sessions) -> {
            Map<String, Double> m = own.evaluate(params, sessions).metrics();
            Double r = m.get(METRIC);
            if (r != null && Double.isFinite(r)) {
                returns.add(r);
            }
            lastScored = date;
        });
        while (returns.size() > capacity) {
            returns.remove(0);
        }
    }

    /** Forgets the scored sessions; the next update starts again from the held-out sessions. */
    void restart() {
        returns.clear();
        lastScored = null;
    }

    /** @return the per-session returns, oldest first */
    double[] returns() {
        return returns.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
