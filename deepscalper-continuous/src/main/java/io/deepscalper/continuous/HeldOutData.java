package io.deepscalper.continuous;

import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.DataFingerprint;
import io.deepscalper.api.model.HeldOutSessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chronological split a retrain uses: for every symbol with enough data, all sessions but the
 * most recent {@code validationSessions} train, and those most recent sessions are held out for the
 * candidate-versus-champion validation. Never shuffled across time.
 *
 * @param training  training sessions, one series per symbol
 * @param heldOut   held-out sessions, one series per symbol
 * @param trainBars the bars the training sessions cover (the drift reference)
 * @param sessions  the held-out range for the gate's record
 */
record HeldOutData(List<SessionSeries> training, List<SessionSeries> heldOut, List<BarSeries> trainBars,
                   HeldOutSessions sessions) {
    private static final Logger LOG = LoggerFactory.getLogger(HeldOutData.class);

    /** @return the date of the latest training session over all symbols */
    LocalDate lastTrainingDate() {
        LocalDate last = null;
        for (SessionSeries s : training) {
            LocalDate d = s.sessions().get(s.sessions().size() - 1).date();
            last = last == null || d.isAfter(last) ? d : last;
        }
        return last;
    }

    /**
     * @param symbol     restrict to this symbol, or null for all of the feed's symbols
     * @param trainUntil null to hold out the most recent sessions; otherwise train on the sessions up to this
     *                   date and hold out the ones right after it (a resumed run keeps its original split)
     * @return the split, empty when no symbol has more than {@code validationSessions} sessions
     */
    static Optional<HeldOutData> split(DataFeed feed, SessionSplitStrategy splitter, int validationSessions,
                                       String symbol, LocalDate trainUntil) {
        List<String> symbols;
        if (symbol != null) {
            if (!feed.symbols().contains(symbol)) {
                throw new IllegalArgumentException("symbol '" + symbol + "' is not among the configured symbols "
                        + new TreeSet<>(feed.symbols()) + "; add it with config --set data.symbols=...");
            }
            symbols = List.of(symbol);
        } else {
            symbols = new ArrayList<>(new TreeSet<>(feed.symbols()));
        }
        List<SessionSeries> training = new ArrayList<>();
        List<SessionSeries> heldOut = new ArrayList<>();
        List<BarSeries> trainBars = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (String s : symbols) {
            Optional<BarSeries> bars = feed.trainingData(s);
            if (bars.isEmpty() || bars.get().isEmpty()) {
                LOG.info("No accepted data for {} yet; it is left out of this retrain", s);
                continue;
            }
            SessionSeries all = splitter.split(bars.get());
            int n = all.sessions().size();
            if (trainUntil != null) {
                int cut = 0;
                while (cut < n && !all.sessions().get(cut).date().isAfter(trainUntil)) {
                    cut++;
                }
                n = Math.min(n, cut + validationSessions);
            }
            if (n <= validationSessions) {
                LOG.info("{} has {} session(s); a retrain needs more than the {} held-out ones", s, n,
                        validationSessions);
                continue;
            }
            int cut = n - validationSessions;
            training.add(all.sessionRange(0, cut));
            heldOut.add(all.sessionRange(cut, n));
            trainBars.add(all.bars().slice(all.sessions().get(0).start(), all.sessions().get(cut - 1).end()));
            LocalDate f = all.sessions().get(cut).date();
            LocalDate t = all.sessions().get(n - 1).date();
            from = from == null || f.isBefore(from) ? f : from;
            to = to == null || t.isAfter(to) ? t : to;
        }
        if (training.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HeldOutData(training, heldOut, trainBars,
                new HeldOutSessions("validation", from, to, validationSessions)));
    }

    /**
     * The first {@code count} sessions after {@code after}, over all of the feed's symbols: what a new
     * champion's probation is judged on (sessions the gate did not see).
     *
     * @return one series per symbol with such sessions, empty until {@code count} session dates exist
     */
    static Optional<List<SessionSeries>> after(DataFeed feed, SessionSplitStrategy splitter, LocalDate after,
                                               int count) {
        List<SessionSeries> all = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String s : new TreeSet<>(feed.symbols())) {
            Optional<BarSeries> bars = feed.trainingData(s);
            if (bars.isEmpty() || bars.get().isEmpty()) {
                continue;
            }
            SessionSeries series = splitter.split(bars.get());
            all.add(series);
            series.sessions().forEach(t -> {
                if (t.date().isAfter(after)) {
                    dates.add(t.date());
                }
            });
        }
        if (dates.size() < count) {
            return Optional.empty();
        }
        LocalDate last = new ArrayList<>(dates).get(count - 1);
        List<SessionSeries> out = new ArrayList<>();
        for (SessionSeries series : all) {
            int from = 0;
            int n = series.sessions().size();
            while (from < n && !series.sessions().get(from).date().isAfter(after)) {
                from++;
            }
            int to = from;
            while (to < n && !series.sessions().get(to).date().isAfter(last)) {
                to++;
            }
            if (to > from) {
                out.add(series.sessionRange(from, to));
            }
        }
        return Optional.of(out);
    }

    /**
     * The bars a registered version was trained on, rebuilt from the feed by its data fingerprint: for each
     * of its symbols, the sessions from its first to its last training session. A rollback makes this the drift
     * reference again, so that drift is measured against the reactivated model's own training data.
     *
     * @return one series per symbol the feed still holds sessions of; empty when it holds none (the data
     *     rolled out of the feed's window)
     */
    static Optional<List<BarSeries>> trainedOn(DataFeed feed, SessionSplitStrategy splitter, DataFingerprint data) {
        List<BarSeries> out = new ArrayList<>();
        for (String s : new TreeSet<>(data.symbols())) {
            if (!feed.symbols().contains(s)) {
                continue;
            }
            Optional<BarSeries> bars = feed.trainingData(s);
            if (bars.isEmpty() || bars.get().isEmpty()) {
                continue;
            }
            SessionSeries series = splitter.split(bars.get());
            int from = 0;
            int n = series.sessions().size();
            while (from < n && series.sessions().get(from).date().isBefore(data.firstSession())) {
                from++;
            }
            int to = from;
            while (to < n && !series.sessions().get(to).date().isAfter(data.lastSession())) {
                to++;
            }
            if (to > from) {
                out.add(series.bars().slice(series.sessions().get(from).start(), series.sessions().get(to - 1).end()));
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
