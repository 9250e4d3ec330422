package io.deepscalper.paper.journal;

import java.time.LocalDate;

/**
 * One session's result for one model.
 *
 * @param role          {@code champion} (traded through the broker) or {@code challenger} (shadow)
 * @param modelVersion  the version, or how the flat fallback was named
 * @param date          the session date
 * @param startEquity   equity at the session's first bar
 * @param endEquity     equity after the close
 * @param pnl           {@code endEquity - startEquity}
 * @param sessionReturn {@code endEquity / startEquity - 1}
 * @param finalPosition shares held after the close (0 after a graceful close)
 * @param fills         fills in the session
 */
public record SessionRecord(String role, String modelVersion, LocalDate date, double startEquity, double endEquity,
                            double pnl, double sessionReturn, long finalPosition, int fills) {
    /** The role of the model trading through the broker. */
    public static final String CHAMPION = "champion";
    /** The role of the model trading in shadow. */
    public static final String CHALLENGER = "challenger";
}
