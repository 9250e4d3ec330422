package io.deepscalper.api.train;

import java.util.Objects;

/**
 * How a training run ended: a {@link Kind} to branch on and a free-text detail for people.
 * {@link #text()} is the one-line form that logs, alerts and stored rows have always carried
 * ({@code completed}, {@code stopped: <detail>}, {@code rolled back: <detail>}), so stores written
 * before this type existed read the same.
 *
 * @param kind   why the run ended
 * @param detail what asked for the stop or the rollback; empty for {@link Kind#COMPLETED}
 */
public record TrainingEnd(Kind kind, String detail) {

    /** Why a run ended. */
    public enum Kind {
        /** Every requested step ran. */
        COMPLETED("completed"),
        /** A listener or the caller asked the run to stop early; the parameters are kept as they are. */
        STOPPED("stopped"),
        /** A listener asked for a rollback; the parameters went back to the last good checkpoint. */
        ROLLED_BACK("rolled back");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the word used in {@link TrainingEnd#text()}, e.g. {@code rolled back} */
        public String label() {
            return label;
        }
    }

    private static final TrainingEnd COMPLETED = new TrainingEnd(Kind.COMPLETED, "");

    /** Rejects a null kind; a null detail becomes empty. */
    public TrainingEnd {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** @return the end of a run that did every step */
    public static TrainingEnd completed() {
        return COMPLETED;
    }

    /** @param detail who asked and why @return the end of a run stopped early */
    public static TrainingEnd stopped(String detail) {
        return new TrainingEnd(Kind.STOPPED, detail);
    }

    /** @param detail who asked and why @return the end of a run that was rolled back */
    public static TrainingEnd rolledBack(String detail) {
        return new TrainingEnd(Kind.ROLLED_BACK, detail);
    }

    /** @return true when every requested step ran */
    public boolean isCompleted() {
        return kind == Kind.COMPLETED;
    }

    /** @return {@code completed}, {@code stopped: <detail>} or {@code rolled back: <detail>} */
    public String text() {
        return kind == Kind.COMPLETED ? kind.label : kind.label + ": " + detail;
    }

    @Override
    public String toString() {
        return text();
    }
}
