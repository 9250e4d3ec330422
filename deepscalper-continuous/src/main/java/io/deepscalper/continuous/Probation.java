package io.deepscalper.continuous;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.GateCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The probation of the latest automatically promoted champion ({@code probation.json} in the working
 * directory, replaced atomically). A new champion was gated on sessions up to {@code gatedThrough}; on
 * the first sessions after them it is compared with its predecessor (or with flat when it had none), on
 * the same sessions, once. If it is significantly worse, the loop rolls back; either way the decision and
 * its evidence stay in this file for {@code status --detailed}.
 *
 * @param champion     the promoted version
 * @param predecessor  the champion it replaced, or null when it was the first
 * @param gatedThrough the last held-out session the gate used
 * @param promotedAt   when it was promoted, on the orchestrator's clock
 * @param status       {@link Status#ON_PROBATION} until decided
 * @param evidence     the probation test, null while on probation
 * @param decidedAt    when it was decided, null while on probation
 * @param action       what the loop did: null while on probation, otherwise a sentence (kept, rolled back to
 *                     ..., deactivated, or ended because the champion was changed by hand)
 */
public record Probation(String champion, String predecessor, LocalDate gatedThrough, Instant promotedAt,
                        Status status, GateCheck evidence, Instant decidedAt, String action) {
    /** File name inside the working directory. */
    public static final String FILE = "probation.json";

    /** Where a probation stands. */
    public enum Status {
        /** Waiting for enough new sessions. */
        ON_PROBATION,
        /** Not significantly worse than its predecessor: kept. */
        CONFIRMED,
        /** Significantly worse: the predecessor was reactivated, or nothing is deployed. */
        ROLLED_BACK,
        /** The champion changed by other means (a person, a newer promotion) before the decision. */
        ENDED
    }

    /** Validates the required fields. */
    public Probation {
        Objects.requireNonNull(champion, "probation.json: champion");
        Objects.requireNonNull(gatedThrough, "probation.json: gatedThrough");
        Objects.requireNonNull(status, "probation.json: status");
    }

    /** @return a probation that starts now */
    static Probation begin(String champion, String predecessor, LocalDate gatedThrough, Instant at) {
        return new Probation(champion, predecessor, gatedThrough, at, Status.ON_PROBATION, null, null, null);
    }

    /**
     * Starts and saves the probation of a champion that was promoted through the gate outside the loop (a
     * hyperparameter search), so that the loop judges it on the sessions after its gate's, as its own promotions.
     *
     * @param workdir      the working directory
     * @param champion     the promoted version
     * @param predecessor  the champion it replaced, or null
     * @param gatedThrough the last session the gate used
     * @param at           when it was promoted
     * @return the saved probation
     */
    public static Probation start(Path workdir, String champion, String predecessor, LocalDate gatedThrough,
                                  Instant at) {
        Probation p = begin(champion, predecessor, gatedThrough, at);
        p.save(workdir);
        return p;
    }

    /** @return this probation decided */
    Probation decided(Status outcome, GateCheck check, Instant at, String what) {
        return new Probation(champion, predecessor, gatedThrough, promotedAt, outcome, check, at, what);
    }

    /**
     * @return the probation stored in {@code workdir}, if any
     * @throws IllegalStateException naming the file when it is unreadable
     */
    public static Optional<Probation> load(Path workdir) {
        Path f = workdir.resolve(FILE);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CommandQueue.JSON.readValue(f.toFile(), Probation.class));
        } catch (IOException e) {
            throw new IllegalStateException(f + " is unreadable (" + e.getMessage() + "); delete it to end the "
                    + "current champion's probation", e);
        }
    }

    /** Writes this probation to {@code workdir} atomically. */
    void save(Path workdir) {
        try {
            AtomicFiles.write(workdir.resolve(FILE), CommandQueue.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise the probation record", e);
        }
    }
}
