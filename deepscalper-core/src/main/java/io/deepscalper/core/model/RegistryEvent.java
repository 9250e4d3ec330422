package io.deepscalper.core.model;

import java.time.Instant;

/**
 * One entry of the registry's audit history (kept in {@code registry.json}): activations, forced
 * activations, rollbacks, challenger changes, quarantines and deletions.
 *
 * @param at       when it happened
 * @param action   {@code activate}, {@code rollback}, {@code challenger}, {@code quarantine} or {@code delete}
 * @param version  the version acted on
 * @param previous the version the alias pointed at before, or null
 * @param forced   true when a person overrode the validation gate
 * @param reason   why (required for forced activations)
 */
public record RegistryEvent(Instant at, String action, ModelVersionId version, ModelVersionId previous,
                            boolean forced, String reason) {
}
