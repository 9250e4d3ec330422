package io.deepscalper.core.train;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.TradingEnvironment;

/**
 * One symbol's part of a training run: its sessions, which of them are trained on and which are held out
 * for validation, and the environment and evaluator built on them. The trainer's replay stores the index
 * of the market as the transition's series id.
 */
final class TrainingMarket {
    final SessionSeries series;
    final int trainFrom;
    final int trainTo;
    final int evalFrom;
    final int evalTo;
    final FeatureMatrix features;
    final TradingEnvironment env;
    final Evaluator evaluator;
    /** Sessions of the markets before this one: a checkpoint names a session by offset plus index. */
    final int sessionOffset;

    TrainingMarket(TrainerBuilder.MarketSpec spec, EnvConfig trainEnv, EnvConfig evalEnv, long seed,
                   int sessionOffset) {
        this.series = spec.series();
        this.trainFrom = spec.trainFrom();
        this.trainTo = spec.trainTo();
        this.evalFrom = spec.evalFrom();
        this.evalTo = spec.evalTo();
        this.features = FeatureMatrix.compute(series);
        this.env = new TradingEnvironment(series, features, trainEnv);
        this.evaluator = evalTo > evalFrom ? new Evaluator(series, features, evalEnv, evalFrom, evalTo, seed) : null;
        this.sessionOffset = sessionOffset;
    }

    int trainSessions() {
        return trainTo - trainFrom;
    }

    String symbol() {
        return series.symbol();
    }
}
