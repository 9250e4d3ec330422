package io.deepscalper.paper.decide;

import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.env.PrivateState;

/**
 * A {@link DecisionContext} over live bars: the observation is built from the {@link MarketView}'s features and
 * the account, with the environment's own private-state arithmetic ({@link PrivateState}), so that a policy
 * sees what it would see in the backtester at the same bar with the same account.
 */
final class LiveContext implements DecisionContext {
    private final EnvConfig config;
    private final float[] observation;
    private MarketView view;
    private long position;
    private double cash;
    private double equity;
    private float positionFraction;
    private int barsLeft;
    private int decisionBar;

    LiveContext(EnvConfig config) {
        this.config = config;
        this.observation = new float[Observations.size(config)];
    }

    /** Points the context at the newest bar with the account and the session's bar counts. */
    void update(MarketView view, AccountState account, int barsLeft, int sessionSpan, int decisionBar) {
        this.view = view;
        this.position = account.position();
        this.cash = account.cash();
        double close = view.newest().close();
        // the environment's equity: cash + position * close of the decision bar
        this.equity = cash + position * close;
        this.positionFraction = PrivateState.positionFraction(config, position, equity, close);
        this.barsLeft = barsLeft;
        this.decisionBar = decisionBar;
        Observations.write(view.features(), view.newestRow(), config.lookback(), positionFraction,
                PrivateState.cashOverEquity(cash, equity), PrivateState.timeLeft(barsLeft, sessionSpan), observation,
                0);
    }

    @Override
    public float[] observation() {
        return observation;
    }

    @Override
    public EnvConfig config() {
        return config;
    }

    @Override
    public int decisionBar() {
        return decisionBar;
    }

    @Override
    public int sessionBarsLeft() {
        return barsLeft;
    }

    @Override
    public double close(int lag) {
        if (lag < 0) {
            throw new IllegalArgumentException("lag must be >= 0 (no look-ahead) but was " + lag);
        }
        return view.close(lag);
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public double cash() {
        return cash;
    }

    @Override
    public double equity() {
        return equity;
    }

    @Override
    public float positionFraction() {
        return positionFraction;
    }
}
