package io.deepscalper.core.backtest;

/**
 * Splits a stream of fills into round trips. A round trip opens when the position leaves 0 and closes
 * when it returns to 0; a fill that flips the position (long to short or back) closes one trip and
 * opens the next, its shares and fee split in proportion. A trip's profit is the sum of its cash flows
 * (sale proceeds minus purchase costs minus fees), which is exact because it starts and ends flat.
 */
public final class RoundTripTracker {
    private long position;
    private double tripCash;
    private int openBar;
    private int trips;
    private int wins;
    private double grossProfit;
    private double grossLoss;
    private long holdingBars;

    /**
     * Records one fill.
     *
     * @param shares signed shares (positive = bought)
     * @param price  execution price
     * @param fee    fee paid for the fill
     * @param bar    index of the bar the fill happened in
     */
    public void onFill(long shares, double price, double fee, int bar) {
        if (shares == 0) {
            return;
        }
        long after = position + shares;
        boolean crosses = position != 0 && (after == 0 || Long.signum(after) != Long.signum(position));
        if (!crosses) {
            if (position == 0) {
                openBar = bar;
                tripCash = 0;
            }
            tripCash += -shares * price - fee;
            position = after;
            return;
        }
        long closing = -position;
        double closingFee = fee * ((double) Math.abs(closing) / Math.abs(shares));
        tripCash += -closing * price - closingFee;
        closeTrip(bar);
        position = after;
        if (after != 0) {
            openBar = bar;
            tripCash = -(shares - closing) * price - (fee - closingFee);
        }
    }

    private void closeTrip(int bar) {
        trips++;
        if (tripCash > 0) {
            wins++;
            grossProfit += tripCash;
        } else {
            grossLoss -= tripCash;
        }
        holdingBars += bar - openBar;
        tripCash = 0;
    }

    /** @return closed round trips */
    public int trips() {
        return trips;
    }

    /** @return round trips with a profit {@code > 0} after fees */
    public int wins() {
        return wins;
    }

    /** @return sum of the profits of winning trips */
    public double grossProfit() {
        return grossProfit;
    }

    /** @return sum of the absolute losses of losing trips (trips with profit {@code <= 0}) */
    public double grossLoss() {
        return grossLoss;
    }

    /** @return total bars held over closed trips (close bar minus open bar) */
    public long holdingBars() {
        return holdingBars;
    }

    /** @return the position the fills add up to (0 after every session's liquidation) */
    public long position() {
        return position;
    }
}
