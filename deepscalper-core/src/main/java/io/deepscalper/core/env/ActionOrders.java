package io.deepscalper.core.env;

/**
 * How an action's bins become an order: the limit price and the signed share count of docs/environment.md.
 * One place for the arithmetic, used by {@link TradingEnvironment} and by anything that turns the agent's
 * actions into broker orders (deepscalper-paper), so that a paper trade and a backtest place the same order
 * to the last bit.
 */
public final class ActionOrders {
    private ActionOrders() {
    }

    /**
     * {@code L = close_t + (2p/(P-1) - 1) * limitOffsetTicks * tick}, {@code tick = max(minTick, f * ATR_t)}.
     *
     * @param config   the bins and the tick rule
     * @param priceBin the price bin {@code p}
     * @param close    the decision bar's close
     * @param atr      the ATR ({@link EnvConfig#atrPeriod()} bars) at the decision bar
     * @return the limit price
     */
    public static double limitPrice(EnvConfig config, int priceBin, double close, double atr) {
        double tick = Math.max(config.minTick(), config.tickAtrFraction() * atr);
        int priceBins = config.priceBins();
        // integer numerators keep the middle and outer bins exact (2.0 * 6 / 10 - 1 is 0.19999999999999996)
        return close + (double) (2 * priceBin - (priceBins - 1)) / (priceBins - 1) * config.limitOffsetTicks() * tick;
    }

    /**
     * {@code (2q/(Q-1) - 1) * maxPositionPct * equity / price} shares, rounded toward zero: never more than asked.
     *
     * @param config      the bins and the position cap
     * @param quantityBin the quantity bin {@code q}; the middle one means no order
     * @param equity      the account's equity at the decision bar's close
     * @param price       the decision bar's close
     * @return the signed change of position in whole shares
     */
    public static long orderShares(EnvConfig config, int quantityBin, double equity, double price) {
        int quantityBins = config.quantityBins();
        int steps = 2 * quantityBin - (quantityBins - 1);
        double maxShares = equity > 0 ? config.maxPositionPct() * equity / price : 0;
        // the 1e-9 absorbs representation error only (it cannot add a share)
        long size = (long) (Math.abs(steps) * maxShares / (quantityBins - 1) + 1e-9);
        return steps < 0 ? -size : size;
    }

    /**
     * The part of an order that the fill model can execute under the short rule: long only ({@code allowShort}
     * false), a sell is cut to the shares held, because {@link FillModel} sells no more than that; otherwise the
     * order is unchanged. A broker that allows shorting would open a short with the rest, so whatever places the
     * agent's orders with a broker cuts them here first.
     *
     * @param config   the short rule
     * @param shares   the signed order from {@link #orderShares}
     * @param position the signed position before the order
     * @return the signed order, never larger in size than {@code shares} nor of the other sign
     */
    public static long executableShares(EnvConfig config, long shares, long position) {
        if (config.allowShort() || shares >= 0) {
            return shares;
        }
        return Math.max(shares, -Math.max(position, 0));
    }
}
