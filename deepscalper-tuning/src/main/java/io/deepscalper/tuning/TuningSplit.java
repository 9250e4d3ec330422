package io.deepscalper.tuning;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.HeldOutSessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The chronological three-way split of a search, never shuffled across time: per symbol, the most recent
 * {@code gateSessions} sessions are the gate's and the search never sees them; of the sessions before them,
 * the last {@code validationSessions} are the validation window that trials are evaluated on at every checkpoint
 * and ranked on (the trainer's snapshot selection window, {@code train.selectionSessions}); the rest train.
 *
 * @param search     per symbol, the sessions the search may use (training and validation)
 * @param validation per symbol, the validation window (the tail of {@code search})
 * @param gate       per symbol, the gate's sessions
 * @param gateWindow the gate's range, for its record
 * @param validationSessions the validation window's length
 */
public record TuningSplit(List<SessionSeries> search, List<SessionSeries> validation, List<SessionSeries> gate,
                          HeldOutSessions gateWindow, int validationSessions) {
    /** The least training sessions a symbol needs besides the validation and gate windows. */
    public static final int MIN_TRAINING_SESSIONS = 2;

    /**
     * @param all                per symbol, every session in order
     * @param gateSessions       sessions held out for the gate, at least 1
     * @param validationSessions sessions of the validation window, at least 1
     * @return the split of the symbols with enough sessions
     * @throws IllegalArgumentException when no symbol has enough
     */
    public static TuningSplit of(List<SessionSeries> all, int gateSessions, int validationSessions) {
        if (gateSessions < 1 || validationSessions < 1) {
            throw new IllegalArgumentException("a search needs at least 1 gate and 1 validation session (got "
                    + gateSessions + " and " + validationSessions + ")");
        }
        int need = gateSessions + validationSessions + MIN_TRAINING_SESSIONS;
        List<SessionSeries> search = new ArrayList<>();
        List<SessionSeries> validation = new ArrayList<>();
        List<SessionSeries> gate = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        StringBuilder counts = new StringBuilder();
        for (SessionSeries s : all) {
            int n = s.sessions().size();
            counts.append(counts.length() == 0 ? "" : ", ").append(s.symbol()).append(' ').append(n);
            if (n < need) {
                continue;
            }
            int cut = n - gateSessions;
            search.add(s.sessionRange(0, cut));
            validation.add(s.sessionRange(cut - validationSessions, cut));
            gate.add(s.sessionRange(cut, n));
            LocalDate f = s.sessions().get(cut).date();
            LocalDate t = s.sessions().get(n - 1).date();
            from = from == null || f.isBefore(from) ? f : from;
            to = to == null || t.isAfter(to) ? t : to;
        }
        if (search.isEmpty()) {
            throw new IllegalArgumentException("not enough data to tune: a symbol needs at least " + need
                    + " sessions (" + gateSessions + " for the gate, " + validationSessions + " for validation, "
                    + MIN_TRAINING_SESSIONS + " to train) but has " + (counts.length() == 0 ? "none" : counts)
                    + "; fetch a longer history (data.lookbackDays)");
        }
        return new TuningSplit(List.copyOf(search), List.copyOf(validation), List.copyOf(gate),
                new HeldOutSessions("tuning-gate", from, to, gateSessions), validationSessions);
    }
}
