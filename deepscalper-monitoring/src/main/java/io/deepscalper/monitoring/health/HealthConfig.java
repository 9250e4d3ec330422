package io.deepscalper.monitoring.health;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.Interval;
import java.util.List;

/**
 * Thresholds of the model-health checks. Validated on construction.
 *
 * @param checkEveryUpdates   a full check (with activations on the probe batch) runs every this many updates;
 *                            NaN/Inf and exploding gradients are checked on every update regardless
 * @param explosionThreshold  a parameter's gradient L2 norm above this is an explosion (CRITICAL); default 10
 * @param vanishingThreshold  a parameter's gradient L2 norm below this is vanishing (WARNING); default 1e-6
 * @param deadShareWarning    share of a layer's ReLU units that are zero on every probe row, at or above which
 *                            a WARNING is raised; default 0.5
 * @param deadShareCritical   the same share at or above which the report is CRITICAL; default 0.99
 * @param onCritical          what to ask of the trainer when a report is critical
 * @param explosionPatience   consecutive updates with an exploding gradient before the explosion is CRITICAL;
 *                            fewer make it a WARNING. Default 1: the first spike is critical. Raise it when
 *                            gradient clipping is trusted to absorb isolated spikes
 */
public record HealthConfig(int checkEveryUpdates, double explosionThreshold, double vanishingThreshold,
                           double deadShareWarning, double deadShareCritical, CriticalAction onCritical,
                           int explosionPatience) {

    /** Validates every field, naming the one that is wrong. */
    public HealthConfig {
        ConfigChecks.positive("health.checkEveryUpdates", checkEveryUpdates);
        ConfigChecks.positive("health.explosionThreshold", explosionThreshold);
        ConfigChecks.require(vanishingThreshold >= 0 && vanishingThreshold < explosionThreshold,
                "health.vanishingThreshold", vanishingThreshold, "in [0, explosionThreshold=" + explosionThreshold + ")");
        ConfigChecks.inRange("health.deadShareWarning", deadShareWarning, Interval.openClosed(0, 1));
        ConfigChecks.require(deadShareCritical >= deadShareWarning && deadShareCritical <= 1,
                "health.deadShareCritical", deadShareCritical, "in [deadShareWarning=" + deadShareWarning + ", 1]");
        ConfigChecks.notNull("health.onCritical", onCritical, "one of " + List.of(CriticalAction.values()));
        ConfigChecks.positive("health.explosionPatience", explosionPatience);
    }

    /** The settings without patience: the first exploding gradient is critical. */
    public HealthConfig(int checkEveryUpdates, double explosionThreshold, double vanishingThreshold,
                        double deadShareWarning, double deadShareCritical, CriticalAction onCritical) {
        this(checkEveryUpdates, explosionThreshold, vanishingThreshold, deadShareWarning, deadShareCritical,
                onCritical, 1);
    }

    /** @return checks every 100 updates, explosion above 10, vanishing below 1e-6, dead 50%/99%, roll back */
    public static HealthConfig defaults() {
        return new HealthConfig(100, 10, 1e-6, 0.5, 0.99, CriticalAction.ROLLBACK, 1);
    }

    /** @return a builder starting from {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link HealthConfig}. */
    public static final class Builder {
        private int checkEveryUpdates = 100;
        private double explosionThreshold = 10;
        private double vanishingThreshold = 1e-6;
        private double deadShareWarning = 0.5;
        private double deadShareCritical = 0.99;
        private CriticalAction onCritical = CriticalAction.ROLLBACK;
        private int explosionPatience = 1;

        private Builder() {
        }

        /** @param v updates between full checks */
        public Builder checkEveryUpdates(int v) {
            checkEveryUpdates = v;
            return this;
        }

        /** @param v explosion threshold on a parameter's gradient norm */
        public Builder explosionThreshold(double v) {
            explosionThreshold = v;
            return this;
        }

        /** @param v vanishing threshold on a parameter's gradient norm */
        public Builder vanishingThreshold(double v) {
            vanishingThreshold = v;
            return this;
        }

        /** @param warning dead share for a warning; @param critical dead share for a critical report */
        public Builder deadShare(double warning, double critical) {
            deadShareWarning = warning;
            deadShareCritical = critical;
            return this;
        }

        /** @param v what to do on a critical report */
        public Builder onCritical(CriticalAction v) {
            onCritical = v;
            return this;
        }

        /** @param v consecutive exploding updates before the explosion is critical */
        public Builder explosionPatience(int v) {
            explosionPatience = v;
            return this;
        }

        /** @return the validated config */
        public HealthConfig build() {
            return new HealthConfig(checkEveryUpdates, explosionThreshold, vanishingThreshold, deadShareWarning,
                    deadShareCritical, onCritical, explosionPatience);
        }
    }
}
