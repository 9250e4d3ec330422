package io.deepscalper.core.env;

/**
 * What the last {@link TradingEnvironment#step} decided and earned, kept in reused fields so that a
 * step allocates nothing. Fill details live in {@link FillModel}.
 */
final class StepRecord {
    int decisionBar = -1;
    double reward;
    double shapedReward;
    double auxTarget;
    float previousPositionFraction;
    float previousCashOverEquity;
    float previousTimeLeft;
    long orderShares;
    double limitPrice = Double.NaN;

    /** Forgets the last step (after a reset). */
    void clear() {
        decisionBar = -1;
        reward = 0;
        shapedReward = 0;
        auxTarget = 0;
        previousPositionFraction = 0;
        previousCashOverEquity = 0;
        previousTimeLeft = 0;
        orderShares = 0;
        limitPrice = Double.NaN;
    }
}
