package io.deepscalper.core.dqn;

import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.InvalidConfigException;

/** The range checks behind {@link TrainConfig}'s validation, each failing with a message that names the field. */
final class TrainConfigRules {
    private TrainConfigRules() {
    }

    static void positive(String field, double v) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw invalid(field, v, "finite and > 0");
        }
    }

    static void unit(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw invalid(field, v, "in [0, 1]");
        }
    }

    static void atLeast(String field, long v, long min) {
        if (v < min) {
            throw invalid(field, v, ">= " + min);
        }
    }

    static InvalidConfigException invalid(String field, Object value, String rule) {
        return new InvalidConfigException("TrainConfig." + field + " must be " + rule + " but was " + value);
    }
}
