package io.deepscalper.paper.trade;

import io.deepscalper.paper.journal.SessionRecord;
import java.util.List;

/**
 * What a paper-trading run did.
 *
 * @param runId          the journal's run id
 * @param champion       the champion's sessions, in order (the model trading through the broker)
 * @param challenger     the challenger's shadow sessions, in order
 * @param startEquity    the account's equity before the first bar
 * @param endEquity      the account's equity at the end
 * @param finalPosition  shares held at the end (0 after a graceful stop)
 * @param openOrders     orders still open at the end (0 after a graceful stop)
 * @param breaches       risk breaches recorded
 * @param activeVersion  the version trading at the end, or the flat fallback's label
 */
public record PaperRun(String runId, List<SessionRecord> champion, List<SessionRecord> challenger,
                       double startEquity, double endEquity, long finalPosition, int openOrders, int breaches,
                       String activeVersion) {
    /** Copies the lists. */
    public PaperRun {
        champion = List.copyOf(champion);
        challenger = List.copyOf(challenger);
    }

    /** @return {@code endEquity - startEquity} */
    public double pnl() {
        return endEquity - startEquity;
    }

    /** @return {@code endEquity / startEquity - 1} */
    public double totalReturn() {
        return endEquity / startEquity - 1;
    }
}
