package io.deepscalper.examples.learning;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;

/**
 * One row group of the learning report: a market, how its sessions are split, and the configs trained with.
 * Sessions {@code [trainFrom, trainTo)} are trained on, {@code [trainTo, validationTo)} select the snapshot
 * (none when equal), {@code [testFrom, testTo)} are the held-out test sessions the report is about.
 *
 * @param name         row label
 * @param series       the market
 * @param trainFrom    first training session
 * @param trainTo      one past the last training session, first validation session
 * @param validationTo one past the last validation session
 * @param testFrom     first test session
 * @param testTo       one past the last test session
 * @param env          environment
 * @param train        learner settings; the seed is replaced per run
 * @param select       true to pick the snapshot on the validation sessions, false to keep the last one
 * @param oracle       AR(1) coefficient known to the oracle, or NaN for no oracle row
 */
record LearningSetup(String name, SessionSeries series, int trainFrom, int trainTo, int validationTo, int testFrom,
                     int testTo, EnvConfig env, TrainConfig train, boolean select, double oracle) {

    LearningSetup with(String newName, EnvConfig newEnv, TrainConfig newTrain, boolean newSelect) {
        return new LearningSetup(newName, series, trainFrom, trainTo, validationTo, testFrom, testTo, newEnv, newTrain,
                newSelect, oracle);
    }
}
