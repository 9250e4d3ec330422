package io.deepscalper.api.continuous;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.config.ConfigChecks;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of the continuous-training loop: the {@code continuous} section of {@code config.json}.
 * Defaults follow the original Python system. Every value is validated on construction, so a bad
 * {@code config --set} is refused with a message naming the key and the allowed range.
 *
 * @param retrainIntervalHours   the scheduled trigger fires when this long has passed since the last retrain (24)
 * @param performanceThreshold   no longer used by the performance trigger, which tests the champion's
 *                               per-session P&L instead of thresholding a metric; still read (-0.1) so that
 *                               existing config files load
 * @param performanceMetric      evaluation metric the gate summary, status and retention report ("sharpe")
 * @param incremental            true to retrain incrementally (warm start from the champion) when possible
 * @param incrementalSteps       environment steps of an incremental retrain (10,000)
 * @param fullRetrainEvery       every n-th retrain is a full retrain from fresh parameters (7)
 * @param maxVersions            retention keeps at most this many model versions (10)
 * @param validationSessions     most recent sessions held out for validation against flat and the champion (10,
 *                               the default gate's minimum)
 * @param trendWindow            how many recent evaluations are kept for status, and how many recent
 *                               sessions the performance trigger's trend test looks at (10)
 * @param disabledTriggers       names of triggers not to evaluate (e.g. "scheduled"); unknown names are allowed
 *                               so that a plug-in can be disabled before it is installed (the CLI warns)
 */
public record ContinuousTrainingConfig(double retrainIntervalHours, double performanceThreshold,
                                       String performanceMetric, boolean incremental, long incrementalSteps,
                                       int fullRetrainEvery, int maxVersions, int validationSessions,
                                       int trendWindow, Set<String> disabledTriggers) {

    /** Validates every field; the message names the key ({@code continuous.<field>}), its value and what is allowed. */
    public ContinuousTrainingConfig {
        ConfigChecks.require(Double.isFinite(retrainIntervalHours) && retrainIntervalHours > 0,
                "continuous.retrainIntervalHours", retrainIntervalHours, "a finite number of hours > 0");
        ConfigChecks.finite("continuous.performanceThreshold", performanceThreshold);
        ConfigChecks.require(performanceMetric != null && performanceMetric.matches("[a-z][a-z0-9_]*"),
                "continuous.performanceMetric", "'" + performanceMetric + "'",
                "a metric name such as sharpe or total_return");
        ConfigChecks.require(incrementalSteps > 0, "continuous.incrementalSteps", incrementalSteps, "> 0");
        ConfigChecks.require(fullRetrainEvery >= 1, "continuous.fullRetrainEvery", fullRetrainEvery,
                ">= 1 (1 means every retrain is full)");
        ConfigChecks.atLeast("continuous.maxVersions", maxVersions, 1);
        ConfigChecks.atLeast("continuous.validationSessions", validationSessions, 1);
        ConfigChecks.require(trendWindow >= 3, "continuous.trendWindow", trendWindow,
                ">= 3 (a trend needs three points)");
        TreeSet<String> disabled = new TreeSet<>();
        if (disabledTriggers != null) {
            for (String name : disabledTriggers) {
                disabled.add(ConfigChecks.nonBlank("continuous.disabledTriggers", name).toLowerCase(Locale.ROOT));
            }
        }
        disabledTriggers = Set.copyOf(disabled);
    }

    /**
     * Reads the JSON section; a key that is absent keeps its default, so a hand-written
     * {@code config.json} only needs the values it changes. Unknown keys are refused by Jackson.
     *
     * @return the validated config
     */
    @JsonCreator
    public static ContinuousTrainingConfig fromJson(@JsonProperty("retrainIntervalHours") Double retrainIntervalHours,
                                                    @JsonProperty("performanceThreshold") Double performanceThreshold,
                                                    @JsonProperty("performanceMetric") String performanceMetric,
                                                    @JsonProperty("incremental") Boolean incremental,
                                                    @JsonProperty("incrementalSteps") Long incrementalSteps,
                                                    @JsonProperty("fullRetrainEvery") Integer fullRetrainEvery,
                                                    @JsonProperty("maxVersions") Integer maxVersions,
                                                    @JsonProperty("validationSessions") Integer validationSessions,
                                                    @JsonProperty("trendWindow") Integer trendWindow,
                                                    @JsonProperty("disabledTriggers") Set<String> disabledTriggers) {
        Builder b = builder();
        if (retrainIntervalHours != null) {
            b.retrainIntervalHours(retrainIntervalHours);
        }
        if (performanceThreshold != null) {
            b.performanceThreshold(performanceThreshold);
        }
        if (performanceMetric != null) {
            b.performanceMetric(performanceMetric);
        }
        if (incremental != null) {
            b.incremental(incremental);
        }
        if (incrementalSteps != null) {
            b.incrementalSteps(incrementalSteps);
        }
        if (fullRetrainEvery != null) {
            b.fullRetrainEvery(fullRetrainEvery);
        }
        if (maxVersions != null) {
            b.maxVersions(maxVersions);
        }
        if (validationSessions != null) {
            b.validationSessions(validationSessions);
        }
        if (trendWindow != null) {
            b.trendWindow(trendWindow);
        }
        if (disabledTriggers != null) {
            b.disabledTriggers(disabledTriggers);
        }
        return b.build();
    }

    /** @return the original system's defaults */
    public static ContinuousTrainingConfig defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this config's values */
    public Builder toBuilder() {
        return new Builder().retrainIntervalHours(retrainIntervalHours).performanceThreshold(performanceThreshold)
                .performanceMetric(performanceMetric).incremental(incremental).incrementalSteps(incrementalSteps)
                .fullRetrainEvery(fullRetrainEvery).maxVersions(maxVersions).validationSessions(validationSessions)
                .trendWindow(trendWindow).disabledTriggers(disabledTriggers);
    }

    /** @return the retrain interval as a duration (rounded to the millisecond) */
    public Duration retrainInterval() {
        return Duration.ofMillis(Math.round(retrainIntervalHours * 3_600_000d));
    }

    /** @return true unless {@code name} is listed in {@link #disabledTriggers} */
    public boolean triggerEnabled(String name) {
        return !disabledTriggers.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Builder with the defaults preset; {@link #build()} validates. */
    public static final class Builder {
        private double retrainIntervalHours = 24;
        private double performanceThreshold = -0.1;
        private String performanceMetric = "sharpe";
        private boolean incremental = true;
        private long incrementalSteps = 10_000;
        private int fullRetrainEvery = 7;
        private int maxVersions = 10;
        private int validationSessions = 10;
        private int trendWindow = 10;
        private Set<String> disabledTriggers = Set.of();

        private Builder() {
        }

        /** @param v hours between scheduled retrains @return this */
        public Builder retrainIntervalHours(double v) {
            retrainIntervalHours = v;
            return this;
        }

        /** @param v threshold on the performance metric @return this */
        public Builder performanceThreshold(double v) {
            performanceThreshold = v;
            return this;
        }

        /** @param v metric name @return this */
        public Builder performanceMetric(String v) {
            performanceMetric = v;
            return this;
        }

        /** @param v incremental retraining on or off @return this */
        public Builder incremental(boolean v) {
            incremental = v;
            return this;
        }

        /** @param v steps of an incremental retrain @return this */
        public Builder incrementalSteps(long v) {
            incrementalSteps = v;
            return this;
        }

        /** @param v every n-th retrain is full @return this */
        public Builder fullRetrainEvery(int v) {
            fullRetrainEvery = v;
            return this;
        }

        /** @param v versions kept by retention @return this */
        public Builder maxVersions(int v) {
            maxVersions = v;
            return this;
        }

        /** @param v held-out validation sessions @return this */
        public Builder validationSessions(int v) {
            validationSessions = v;
            return this;
        }

        /** @param v evaluations analysed for trends @return this */
        public Builder trendWindow(int v) {
            trendWindow = v;
            return this;
        }

        /** @param v trigger names not to evaluate @return this */
        public Builder disabledTriggers(Set<String> v) {
            disabledTriggers = v;
            return this;
        }

        /** @return the validated config */
        public ContinuousTrainingConfig build() {
            return new ContinuousTrainingConfig(retrainIntervalHours, performanceThreshold, performanceMetric,
                    incremental, incrementalSteps, fullRetrainEvery, maxVersions, validationSessions, trendWindow,
                    disabledTriggers);
        }
    }
}
