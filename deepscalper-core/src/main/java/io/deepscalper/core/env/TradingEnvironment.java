package io.deepscalper.core.env;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.features.Indicators;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import java.util.Objects;

/**
 * The DeepScalper trading environment (docs/environment.md): one session per episode, decisions at the
 * close of each bar, limit orders live during the next bar only, marked-to-market reward.
 *
 * <p><b>Episode.</b> {@link #reset(int)} starts session {@code s = [start, end)} flat with the configured
 * cash (or {@link #reset(int, double)} with a given cash, as the backtester does to compound across days).
 * The first decision is at the close of bar {@code start}; each {@link #step} moves one bar; the episode is
 * {@link #done()} when the newest bar is the session's last, where everything is closed at the close paying
 * the fee (no slippage: a market-on-close order gets the closing price). A session of {@code n} bars has
 * {@code n - 1} steps.
 *
 * <p><b>Action.</b> A price bin {@code p} in {@code [0, P)} and a quantity bin {@code q} in {@code [0, Q)}.
 * The limit price is {@code L = close_t + (2p/(P-1) - 1) * limitOffsetTicks * tick} with
 * {@code tick = max(minTick, tickAtrFraction * ATR_t)}. The quantity bin is a <em>change</em> of position:
 * {@code (2q/(Q-1) - 1) * maxPositionPct * equity_t / close_t} shares, rounded toward zero to whole shares,
 * the middle bin meaning no order. A change rather than a target because (a) the middle bin then really is
 * "no order" and holding costs no fee and no fill risk, whereas a target's middle bin would be "go flat";
 * (b) an unfilled order leaves the position as it was rather than re-aiming at a stale target; and (c) the
 * private state already tells the network its position, so it can learn any target as a change.
 * Fills follow {@link FillModel}: bar t+1 only, never at a better price than the limit or the open.
 *
 * <p><b>Reward.</b> {@code r_t = rewardScale * (E_{t+1} - E_t) / E_0}, equity {@code E} marked at the close,
 * fees included, {@code E_0} the episode's starting equity; so the raw rewards of an episode sum to the
 * scaled equity change. The hindsight-shaped reward, for training only, is
 * {@code r_t + w * rewardScale * (close_{min(t+h, last)} - close_t) * pos / E_0}, with {@code pos} the position
 * held after bar t+1's fill (the position the action produced, before any end-of-session liquidation).
 *
 * <p><b>Auxiliary target</b> of decision bar t: {@code PRICE_SCALE *} the population standard deviation of
 * the log close-to-close returns of bars {@code t+1 .. min(t+h, last)} (FUTURE, clipped at the session end)
 * or of bars {@code t-h+1 .. t} (PAST, may reach into the previous session); 0 when the window is empty.
 *
 * <p><b>Private state</b> (the last 3 observation values): position fraction, cash over equity and
 * session time left {@code (last - t) / (last - start)}.
 *
 * <p>{@link #step} does not allocate: the observation buffer and all step outputs are reused fields.
 * Not thread-safe; use one environment per thread (they can share a {@link FeatureMatrix}).
 */
public final class TradingEnvironment implements DecisionContext {
    private final SessionSeries series;
    private final EnvConfig config;
    private final FeatureMatrix features;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final double[] atr;
    private final double[] auxTarget;
    private final FillModel fills;
    private final float[] observation;
    private final int priceBins;
    private final int quantityBins;

    private int sessionIndex = -1;
    private int sessionStart;
    private int sessionLast;
    private int bar;
    private boolean done = true;
    private double cash;
    private long position;
    private double startEquity;
    private double equity;
    private float positionFraction;
    private float cashOverEquity;
    private float timeLeft;

    private final StepRecord last = new StepRecord();

    /** Creates an environment, computing the features of {@code series}. */
    public TradingEnvironment(SessionSeries series, EnvConfig config) {
        this(series, FeatureMatrix.compute(series), config);
    }

    /**
     * Creates an environment over precomputed features (share one {@link FeatureMatrix} between several
     * environments and the replay buffer).
     *
     * @throws IllegalArgumentException when the features were computed for a series of another length
     */
    public TradingEnvironment(SessionSeries series, FeatureMatrix features, EnvConfig config) {
        this.series = Objects.requireNonNull(series, "series");
        this.config = Objects.requireNonNull(config, "config");
        this.features = Objects.requireNonNull(features, "features");
        if (features.rows() != series.bars().size()) {
            throw new IllegalArgumentException("features have " + features.rows() + " rows but the series has "
                    + series.bars().size() + " bars; compute them with FeatureMatrix.compute(series)");
        }
        if (series.sessions().isEmpty()) {
            throw new IllegalArgumentException("series " + series.symbol() + " has no session to trade");
        }
        this.open = series.bars().openColumn();
        this.high = series.bars().highColumn();
        this.low = series.bars().lowColumn();
        this.close = series.bars().closeColumn();
        this.volume = series.bars().volumeColumn();
        this.atr = Indicators.atr(series.bars(), config.atrPeriod());
        this.auxTarget = AuxTargets.compute(series, config.auxHorizon(), config.auxWindow());
        this.fills = new FillModel(config);
        this.observation = new float[Observations.size(config)];
        this.priceBins = config.priceBins();
        this.quantityBins = config.quantityBins();
    }

    /** Starts session {@code sessionIndex} flat with {@link EnvConfig#initialCash()}. */
    public void reset(int sessionIndex) {
        reset(sessionIndex, config.initialCash());
    }

    /**
     * Starts session {@code sessionIndex} flat with {@code startingCash}.
     *
     * @throws IndexOutOfBoundsException for a session index outside the series
     * @throws IllegalArgumentException  for a non-positive or non-finite cash
     */
    public void reset(int sessionIndex, double startingCash) {
        Objects.checkIndex(sessionIndex, series.sessions().size());
        if (!(Double.isFinite(startingCash) && startingCash > 0)) {
            throw new IllegalArgumentException("starting cash must be finite and > 0 but was " + startingCash);
        }
        TradingSession s = series.sessions().get(sessionIndex);
        this.sessionIndex = sessionIndex;
        this.sessionStart = s.start();
        this.sessionLast = s.end() - 1;
        this.bar = sessionStart;
        this.cash = startingCash;
        this.position = 0;
        this.startEquity = startingCash;
        this.equity = startingCash;
        this.done = bar == sessionLast;
        last.clear();
        fills.clear();
        updatePrivateState();
        writeObservation();
    }

    /** Steps with a packed action {@code priceBin * quantityBins + quantityBin}. */
    public void step(int packedAction) {
        if (packedAction < 0 || packedAction >= priceBins * quantityBins) {
            throw new IllegalArgumentException("packed action must be in [0, " + priceBins * quantityBins
                    + ") but was " + packedAction);
        }
        step(packedAction / quantityBins, packedAction % quantityBins);
    }

    /**
     * Decides at the close of the current bar, fills on the next, marks to market; see the type's
     * documentation. Allocation-free.
     *
     * @throws IllegalStateException    when the episode is done (call {@link #reset} first)
     * @throws IllegalArgumentException when a bin is out of range
     */
    public void step(int priceBin, int quantityBin) {
        if (done) {
            throw new IllegalStateException(sessionIndex < 0 ? "call reset(session) before step"
                    : "episode of session " + sessionIndex + " is done; call reset(session) to start another");
        }
        if (priceBin < 0 || priceBin >= priceBins || quantityBin < 0 || quantityBin >= quantityBins) {
            throw new IllegalArgumentException("bins must be price in [0, " + priceBins + ") and quantity in [0, "
                    + quantityBins + ") but were (" + priceBin + ", " + quantityBin + ")");
        }
        int t = bar;
        int next = t + 1;
        double closeT = close[t];
        double equityBefore = equity;
        last.decisionBar = t;
        last.previousPositionFraction = positionFraction;
        last.previousCashOverEquity = cashOverEquity;
        last.previousTimeLeft = timeLeft;
        last.auxTarget = auxTarget[t];

        last.limitPrice = limitPrice(priceBin, t);
        last.orderShares = orderSize(quantityBin, equityBefore, closeT);
        if (fills.fill(last.orderShares, last.limitPrice, open[next], high[next], low[next], volume[next], cash,
                position)) {
            position += fills.shares;
            cash -= fills.shares * fills.price + fills.fee;
        }
        long heldAfterFill = position;
        if (next == sessionLast) {
            done = true;
            cash += fills.liquidate(position, close[next]);
            position = 0;
        }
        bar = next;
        equity = cash + position * close[next];
        double perUnit = config.rewardScale() / startEquity;
        last.reward = (equity - equityBefore) * perUnit;
        int horizon = Math.min(t + config.hindsightHorizon(), sessionLast);
        last.shapedReward = last.reward
                + config.hindsightWeight() * (close[horizon] - closeT) * heldAfterFill * perUnit;
        updatePrivateState();
        writeObservation();
    }

    private double limitPrice(int priceBin, int t) {
        return ActionOrders.limitPrice(config, priceBin, close[t], atr[t]);
    }

    private long orderSize(int quantityBin, double equity, double price) {
        return ActionOrders.orderShares(config, quantityBin, equity, price);
    }

    private void updatePrivateState() {
        positionFraction = PrivateState.positionFraction(config, position, equity, close[bar]);
        cashOverEquity = PrivateState.cashOverEquity(cash, equity);
        timeLeft = PrivateState.timeLeft(sessionLast - bar, sessionLast - sessionStart);
    }

    private void writeObservation() {
        Observations.write(features, bar, config.lookback(), positionFraction, cashOverEquity, timeLeft,
                observation, 0);
    }

    @Override
    public float[] observation() {
        return observation;
    }

    @Override
    public EnvConfig config() {
        return config;
    }

    /** @return the current bar: the decision bar of the next step, or the session's last bar when done */
    @Override
    public int decisionBar() {
        return bar;
    }

    @Override
    public int sessionBarsLeft() {
        return sessionLast - bar;
    }

    @Override
    public double close(int lag) {
        if (lag < 0) {
            throw new IllegalArgumentException("lag must be >= 0 (no look-ahead) but was " + lag);
        }
        return close[Math.max(0, bar - lag)];
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

    /** @return the series this environment trades */
    public SessionSeries series() {
        return series;
    }

    /** @return the features (shared with the replay buffer to rebuild observations) */
    public FeatureMatrix features() {
        return features;
    }

    /** @return the session of the current episode, -1 before the first reset */
    public int sessionIndex() {
        return sessionIndex;
    }

    /** @return true when the episode has ended (the current bar is the session's last) */
    public boolean done() {
        return done;
    }

    /** @return the equity the episode started with ({@code E_0}) */
    public double startEquity() {
        return startEquity;
    }

    /** @return cash over equity at the current bar */
    public float cashOverEquity() {
        return cashOverEquity;
    }

    /** @return fraction of the session's bars still ahead of the current bar */
    public float sessionTimeLeft() {
        return timeLeft;
    }

    /** @return the decision bar of the last step, -1 before the first step of an episode */
    public int lastDecisionBar() {
        return last.decisionBar;
    }

    /** @return the raw scaled reward of the last step (the one evaluation uses) */
    public double reward() {
        return last.reward;
    }

    /** @return the hindsight-shaped reward of the last step (training only) */
    public double shapedReward() {
        return last.shapedReward;
    }

    /** @return the auxiliary volatility target of the last step's decision bar */
    public double auxTarget() {
        return last.auxTarget;
    }

    /** @return the auxiliary volatility target of any bar inside a session (for replay) */
    public double auxTarget(int barIndex) {
        return auxTarget[barIndex];
    }

    /** @return position fraction before the last step (private state of the decision bar) */
    public float previousPositionFraction() {
        return last.previousPositionFraction;
    }

    /** @return cash over equity before the last step */
    public float previousCashOverEquity() {
        return last.previousCashOverEquity;
    }

    /** @return session time left before the last step */
    public float previousSessionTimeLeft() {
        return last.previousTimeLeft;
    }

    /** @return the signed shares the last step's order asked for (0 for the middle quantity bin) */
    public long orderShares() {
        return last.orderShares;
    }

    /** @return the last step's limit price */
    public double limitPrice() {
        return last.limitPrice;
    }

    /** @return signed shares filled by the last step's order, 0 when it did not fill */
    public long fillShares() {
        return fills.shares;
    }

    /** @return execution price of the last step's fill (slippage included), NaN when it did not fill */
    public double fillPrice() {
        return fills.price;
    }

    /** @return fee of the last step's fill, 0 when it did not fill */
    public double fillFee() {
        return fills.fee;
    }

    /** @return signed shares of the end-of-session liquidation in the last step, 0 when none */
    public long liquidationShares() {
        return fills.liquidationShares;
    }

    /** @return price of the end-of-session liquidation (the last close), NaN when none */
    public double liquidationPrice() {
        return fills.liquidationPrice;
    }

    /** @return fee of the end-of-session liquidation, 0 when none */
    public double liquidationFee() {
        return fills.liquidationFee;
    }

    /** @return all fees paid in the last step */
    public double stepFees() {
        return fills.fee + fills.liquidationFee;
    }
}
