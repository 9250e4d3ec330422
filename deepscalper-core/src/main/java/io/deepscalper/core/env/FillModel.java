package io.deepscalper.core.env;

/**
 * The honest limit-order fill of docs/environment.md. An order decided at the close of bar t is live
 * only during bar t+1 and sees only that bar's open, high, low and volume:
 * <ul>
 *   <li>a buy at limit {@code L} fills if {@code low <= L}, at {@code min(L, open)}: when the bar opens
 *       below the limit the order is matched at the open, otherwise the price had to trade down to L;</li>
 *   <li>a sell fills if {@code high >= L}, at {@code max(L, open)};</li>
 *   <li>slippage then moves the price against the trader by {@code slippageBps};</li>
 *   <li>the optional volume cap takes at most {@code maxVolumeFraction * volume} shares; the rest is cancelled;</li>
 *   <li>the position cap: after the fill {@code |position| <= floor(maxPositionPct * E / price)}, with {@code E}
 *       the equity marked at the fill price; cash never goes below 0 (no borrowing), fees included;</li>
 *   <li>without shorting a sell never takes the position below 0;</li>
 *   <li>the fee is {@code max(minFee, feeRate * |notional|)} per fill.</li>
 * </ul>
 * Quantities are whole shares. The result of the last call is kept in fields (no allocation per step).
 *
 * <p>Public so that a simulated broker (the {@code simulated} provider of deepscalper-paper) fills orders with
 * exactly this model instead of a copy of it: the same arithmetic gives the same P&amp;L as the backtester.
 * Not thread-safe.
 */
public final class FillModel {
    private final double feeRate;
    private final double minFee;
    private final double slippage;
    private final double maxPositionPct;
    private final boolean allowShort;
    private final double maxVolumeFraction;

    /** Signed shares of the last fill (positive = bought), 0 when nothing filled. */
    long shares;
    /** Execution price of the last fill, slippage included; NaN when nothing filled. */
    double price;
    /** Fee of the last fill, 0 when nothing filled. */
    double fee;
    /** Signed shares of the last end-of-session liquidation, 0 when none. */
    long liquidationShares;
    /** Price of the last liquidation (the session's last close), NaN when none. */
    double liquidationPrice = Double.NaN;
    /** Fee of the last liquidation, 0 when none. */
    double liquidationFee;

    /** @param config the fees, slippage, position cap, short rule and volume cap to fill with */
    public FillModel(EnvConfig config) {
        this.feeRate = config.feeRate();
        this.minFee = config.minFee();
        this.slippage = config.slippageBps() / 10_000.0;
        this.maxPositionPct = config.maxPositionPct();
        this.allowShort = config.allowShort();
        this.maxVolumeFraction = config.maxVolumeFraction() == null ? 0 : config.maxVolumeFraction();
    }

    /** Forgets the last fill and liquidation. */
    public void clear() {
        shares = 0;
        price = Double.NaN;
        fee = 0;
        clearLiquidation();
    }

    void clearLiquidation() {
        liquidationShares = 0;
        liquidationPrice = Double.NaN;
        liquidationFee = 0;
    }

    /**
     * Closes {@code position} at {@code close}, paying the fee but no slippage (a market-on-close order
     * gets the closing price).
     *
     * @return the cash change: proceeds (or cost, for a short) minus the fee
     */
    public double liquidate(long position, double close) {
        clearLiquidation();
        if (position == 0) {
            return 0;
        }
        liquidationShares = -position;
        liquidationPrice = close;
        liquidationFee = fee(Math.abs(position) * close);
        return position * close - liquidationFee;
    }

    /** @return the fee for a fill of {@code notional} (absolute) */
    public double fee(double notional) {
        return Math.max(minFee, feeRate * notional);
    }

    /**
     * Tries to fill an order for {@code desired} signed shares at {@code limit} on the next bar.
     *
     * @return true when some shares filled; the fill is in {@link #shares}, {@link #price}, {@link #fee}
     */
    public boolean fill(long desired, double limit, double open, double high, double low, double volume, double cash,
                 long position) {
        shares = 0;
        price = Double.NaN;
        fee = 0;
        clearLiquidation();
        if (desired > 0) {
            return buy(desired, limit, open, low, volume, cash, position);
        }
        if (desired < 0) {
            return sell(-desired, limit, open, high, volume, cash, position);
        }
        return false;
    }

    private boolean buy(long desired, double limit, double open, double low, double volume, double cash,
                        long position) {
        if (low > limit) {
            return false;
        }
        double exec = Math.min(limit, open) * (1 + slippage);
        long q = capByVolume(desired, volume);
        long cap = capShares(cash + position * exec, exec);
        q = Math.min(q, cap - position);
        q = Math.min(q, affordable(cash, exec));
        if (q <= 0) {
            return false;
        }
        shares = q;
        price = exec;
        fee = fee(q * exec);
        return true;
    }

    private boolean sell(long desired, double limit, double open, double high, double volume, double cash,
                         long position) {
        if (high < limit) {
            return false;
        }
        double exec = Math.max(limit, open) * (1 - slippage);
        long q = capByVolume(desired, volume);
        if (allowShort) {
            q = Math.min(q, position + capShares(cash + position * exec, exec));
        } else {
            q = Math.min(q, position);
        }
        if (q <= 0 || cash + q * exec - fee(q * exec) < 0) {
            return false;
        }
        shares = -q;
        price = exec;
        fee = fee(q * exec);
        return true;
    }

    /** @return signed shares of the last fill (positive = bought), 0 when nothing filled */
    public long filledShares() {
        return shares;
    }

    /** @return execution price of the last fill, slippage included; NaN when nothing filled */
    public double fillPrice() {
        return price;
    }

    /** @return fee of the last fill, 0 when nothing filled */
    public double fillFee() {
        return fee;
    }

    /** @return signed shares of the last liquidation, 0 when none */
    public long liquidatedShares() {
        return liquidationShares;
    }

    /** @return fee of the last liquidation, 0 when none */
    public double liquidationFeePaid() {
        return liquidationFee;
    }

    private long capByVolume(long desired, double volume) {
        return maxVolumeFraction > 0 ? Math.min(desired, (long) Math.floor(maxVolumeFraction * volume)) : desired;
    }

    private long capShares(double equity, double exec) {
        return equity > 0 ? (long) Math.floor(maxPositionPct * equity / exec) : 0;
    }

    /** @return the most shares whose cost plus fee fits in {@code cash} */
    private long affordable(double cash, double exec) {
        if (cash <= minFee) {
            return 0;
        }
        long q = (long) Math.floor(Math.min(cash / (exec * (1 + feeRate)), (cash - minFee) / exec));
        while (q > 0 && q * exec + fee(q * exec) > cash) {
            q--; // guards against rounding in the division above; runs at most once or twice
        }
        return q;
    }
}
