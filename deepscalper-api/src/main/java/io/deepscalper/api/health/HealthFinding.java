package io.deepscalper.api.health;

import java.util.Objects;

/**
 * One health check that did not pass (or an informative statistic flagged by a check).
 *
 * @param check     stable check id, e.g. {@code gradient.explosion}, {@code gradient.vanishing},
 *                  {@code activation.dead}, {@code nonfinite.loss}, {@code nonfinite.weights},
 *                  {@code nonfinite.gradients}, {@code nonfinite.activations}
 * @param layer     the parameter or layer name it concerns (e.g. {@code trunk.0.weight}), or {@code "*"} for
 *                  the whole network
 * @param value     the measured value (NaN allowed: that is what some checks detect)
 * @param threshold the threshold that was crossed
 * @param severity  how bad it is
 * @param message   a sentence for people: what was seen and what to try
 */
public record HealthFinding(String check, String layer, double value, double threshold, HealthSeverity severity,
                            String message) {

    /** Rejects missing fields. */
    public HealthFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
