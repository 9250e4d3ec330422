package io.deepscalper.core.env;

/**
 * The three private-state values at the end of an observation (docs/environment.md), in one place so that the
 * environment and a live trading loop (deepscalper-paper) compute them with the same arithmetic.
 */
public final class PrivateState {
    private PrivateState() {
    }

    /**
     * @return position over the maximum position {@code maxPositionPct * equity / close}; 0 without equity
     */
    public static float positionFraction(EnvConfig config, long position, double equity, double close) {
        double maxShares = equity > 0 ? config.maxPositionPct() * equity / close : 0;
        return maxShares > 0 ? (float) (position / maxShares) : 0f;
    }

    /** @return cash over equity; 0 without equity */
    public static float cashOverEquity(double cash, double equity) {
        return equity > 0 ? (float) (cash / equity) : 0f;
    }

    /**
     * @param barsLeft    bars of the session after the decision bar
     * @param sessionSpan the session's last bar index minus its first
     * @return the fraction of the session still ahead, 0 for a one-bar session
     */
    public static float timeLeft(int barsLeft, int sessionSpan) {
        return sessionSpan == 0 ? 0f : (float) barsLeft / sessionSpan;
    }
}
