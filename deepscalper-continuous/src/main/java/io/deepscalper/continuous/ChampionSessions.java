package io.deepscalper.continuous;

import io.deepscalper.api.model.ModelEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The champion's P&L per trading session, the series the performance trigger tests. It starts with the
 * held-out sessions of the latest split (those the champion was validated on when it was promoted: the
 * reference of the drop test) and adds each new session once, as data arrives; every value is the
 * champion's return on one session it was not trained on (the mean over symbols when there are several),
 * read from the one evaluation of the champion that each cycle with new data makes. It restarts when the
 * champion changes and after a retrain the performance trigger caused, so one drop triggers one retrain
 * and the next alarm needs new evidence; a retrain by another trigger (the schedule) that keeps the
 * champion keeps its record.
 */
final class ChampionSessions {
    private final int capacity;
    private final List<Double> returns = new ArrayList<>();
    private String championId;
    private LocalDate lastScored;
    /** How many of the oldest kept returns are the reference (the sessions of the first evaluation). */
    private int reference;

    /**
     * @param capacity the most sessions kept (older ones are dropped)
     */
    ChampionSessions(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Adds the sessions of {@code evaluation} that are newer than the last one scored.
     *
     * @param champion   the champion's version id, or null when there is none (the record is cleared)
     * @param evaluation the champion's evaluation on the latest held-out sessions, or null when there is none
     */
    void update(String champion, ModelEvaluation evaluation) {
        if (champion == null || !champion.equals(championId)) {
            restart();
            championId = champion;
        }
        if (champion == null || evaluation == null) {
            return;
        }
        boolean first = returns.isEmpty() && lastScored == null;
        for (int i = 0; i < evaluation.sessionCount(); i++) {
            LocalDate d = evaluation.sessions().get(i);
            if (lastScored == null || d.isAfter(lastScored)) {
                double r = evaluation.sessionReturns().get(i);
                if (Double.isFinite(r)) {
                    returns.add(r);
                    reference += first ? 1 : 0;
                }
                lastScored = d;
            }
        }
        while (returns.size() > capacity) {
            returns.remove(0);
            reference = Math.max(0, reference - 1);
        }
    }

    /** Forgets the scored sessions; the next update starts again from the held-out sessions. */
    void restart() {
        returns.clear();
        lastScored = null;
        reference = 0;
    }

    /** @return the per-session returns, oldest first */
    double[] returns() {
        return returns.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return how many of the oldest {@link #returns()} are the validation sessions (the drop test's reference) */
    int referenceSessions() {
        return reference;
    }
}
