package io.deepscalper.paper.risk;

import io.deepscalper.api.config.ConfigChecks;

/**
 * Risk limits enforced outside the model on every order, whatever the model asks for.
 *
 * @param maxPosition               the largest absolute position in shares ({@code Long.MAX_VALUE}: no limit
 *                                  beyond the environment's own cap)
 * @param maxDailyLoss              the kill switch: when the equity falls this fraction below the session's
 *                                  starting equity, the position is flattened and trading stops for the day;
 *                                  in (0, 1], 1 never trips
 * @param maxOrdersPerMinute        the most orders submitted in any 60-second window, {@code >= 1}
 * @param tradingHoursOnly          orders only while the broker's clock says the regular session is open
 * @param flattenMinutesBeforeClose stop ordering and flatten this many minutes before the close (0: trade until
 *                                  the last bar and flatten at the close, as the environment does)
 */
public record RiskLimits(long maxPosition, double maxDailyLoss, int maxOrdersPerMinute, boolean tradingHoursOnly,
                         int flattenMinutesBeforeClose) {

    /** Validates every field; keys are {@code risk.<field>}. */
    public RiskLimits {
        ConfigChecks.require(maxPosition >= 1, "risk.maxPosition", maxPosition, "at least 1 share");
        ConfigChecks.require(maxDailyLoss > 0 && maxDailyLoss <= 1, "risk.maxDailyLoss", maxDailyLoss,
                "in (0, 1] (a fraction of the session's starting equity; 1 never trips)");
        ConfigChecks.inRange("risk.maxOrdersPerMinute", maxOrdersPerMinute, 1, 10_000);
        ConfigChecks.inRange("risk.flattenMinutesBeforeClose", flattenMinutesBeforeClose, 0, 390);
    }

    /**
     * The defaults: no extra position limit, a 5 % daily kill switch, 10 orders a minute, regular hours only,
     * flatten at the close. One order per minute bar is all the agent places, so they never bind on a replay of
     * the environment's decisions unless the account loses 5 % in a day.
     *
     * @return the defaults
     */
    public static RiskLimits defaults() {
        return new RiskLimits(Long.MAX_VALUE, 0.05, 10, true, 0);
    }
}
