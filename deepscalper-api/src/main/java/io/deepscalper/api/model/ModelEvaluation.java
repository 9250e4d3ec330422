package io.deepscalper.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One policy evaluated on held-out sessions: the summary metrics and the return of every session, in
 * session order. The per-session returns are what the {@link ValidationGate}'s statistical tests use;
 * two evaluations are compared only session by session on the same dates ({@link #minus}).
 *
 * @param metrics        summary metrics by name ({@code sharpe}, {@code total_return}, {@code max_drawdown} ...)
 * @param sessions       the session dates, ascending, one per return
 * @param sessionReturns the return of each session (ending over starting equity, minus 1, after fees)
 */
public record ModelEvaluation(Map<String, Double> metrics, List<LocalDate> sessions, List<Double> sessionReturns) {

    /** Copies the collections and checks that every session has one return. */
    public ModelEvaluation {
        metrics = Map.copyOf(metrics);
        sessions = List.copyOf(sessions);
        sessionReturns = List.copyOf(sessionReturns);
        if (sessions.size() != sessionReturns.size()) {
            throw new IllegalArgumentException("ModelEvaluation: " + sessions.size() + " session dates but "
                    + sessionReturns.size() + " session returns; every session needs exactly one return");
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (!sessions.get(i).isAfter(sessions.get(i - 1))) {
                throw new IllegalArgumentException("ModelEvaluation: session dates must ascend, but "
                        + sessions.get(i) + " follows " + sessions.get(i - 1));
            }
        }
    }

    /**
     * The flat policy on {@code sessions}: no position, so every session returns 0 (there is no fee or
     * carry without a position).
     *
     * @return the evaluation of not trading
     */
    public static ModelEvaluation flat(List<LocalDate> sessions) {
        return new ModelEvaluation(Map.of("total_return", 0.0, "sharpe", 0.0, "max_drawdown", 0.0, "trades", 0.0),
                sessions, sessions.stream().map(d -> 0.0).toList());
    }

    /** @return the number of sessions */
    public int sessionCount() {
        return sessions.size();
    }

    /** @return the mean session return (NaN without sessions) */
    public double meanReturn() {
        return sessionReturns.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /**
     * @param other an evaluation of another policy on the same sessions
     * @return per session, this return minus {@code other}'s (the paired difference)
     * @throws IllegalArgumentException when the two were not evaluated on the same sessions
     */
    public double[] minus(ModelEvaluation other) {
        Objects.requireNonNull(other, "other");
        if (!sessions.equals(other.sessions)) {
            throw new IllegalArgumentException("cannot compare evaluations on different sessions: " + describe()
                    + " vs " + other.describe() + "; evaluate both on the same held-out sessions");
        }
        double[] d = new double[sessionReturns.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = sessionReturns.get(i) - other.sessionReturns.get(i);
        }
        return d;
    }

    private String describe() {
        return sessions.isEmpty() ? "no sessions" : sessions.size() + " session(s) " + sessions.get(0) + " to "
                + sessions.get(sessions.size() - 1);
    }
}
