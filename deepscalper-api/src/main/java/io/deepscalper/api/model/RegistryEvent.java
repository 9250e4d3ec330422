package io.deepscalper.api.model;

import java.time.Instant;

/**
 * One entry of the registry's audit history (kept in {@code registry.json}): registrations,
 * activations, forced activations, rollbacks, challenger changes, quarantines, deletions and repairs.
 *
 * @param at       when it happened
 * @param action   {@code register}, {@code activate}, {@code rollback}, {@code deactivate}, {@code challenger},
 *                 {@code quarantine}, {@code delete}, {@code drop}, {@code adopt} or {@code rebuild}
 * @param version  the version acted on
 * @param previous the version the alias pointed at before (for {@code register}: the parent), or null
 * @param forced   true when a person overrode the validation gate
 * @param reason   why (required for forced activations)
 */
public record RegistryEvent(Instant at, String action, ModelVersionId version, ModelVersionId previous,
                            boolean forced, String reason) {
}
