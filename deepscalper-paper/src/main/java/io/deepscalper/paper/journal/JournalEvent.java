package io.deepscalper.paper.journal;

/**
 * A run-level event: start, stop, trading flat, a shadow test, a promotion, a rollback.
 *
 * @param kind         what happened
 * @param modelVersion the version it concerns, or null
 * @param message      a readable account
 * @param detailsJson  the evidence as JSON (e.g. the gate result)
 */
public record JournalEvent(String kind, String modelVersion, String message, String detailsJson) {
}
