package io.deepscalper.core.train;

import io.deepscalper.api.nn.ParameterSet;
import java.util.Objects;

/**
 * The snapshot that validation-based model selection kept ({@link TrainerBuilder#selectOnValidation}).
 *
 * @param parameters       the kept parameters; for {@code flat} a network whose greedy action is always
 *                         "no order"
 * @param step             environment step of the snapshot (0 for flat)
 * @param validationReturn its mean total return over the markets' validation sessions
 * @param tStatistic       t-statistic of its mean daily validation return against 0 (flat), all markets'
 *                         sessions pooled; 0 for flat
 * @param flatReturn       the flat policy's mean total return on the same sessions (0: it never trades)
 * @param flat             true when no trained snapshot beat staying flat
 * @param candidates       snapshots evaluated, flat not counted
 */
public record SelectedModel(ParameterSet parameters, long step, double validationReturn, double tStatistic,
                            double flatReturn,
                            boolean flat, int candidates) {

    /** Rejects a null parameter set. */
    public SelectedModel {
        Objects.requireNonNull(parameters, "parameters");
    }

    /** @return true when the kept snapshot is a trained one whose validation return is above flat's */
    public boolean beatsFlat() {
        return !flat && validationReturn > flatReturn;
    }
}
