package io.deepscalper.tuning;

/**
 * One checkpoint of a trial's validation curve.
 *
 * @param step             environment steps when evaluated
 * @param validationReturn the greedy policy's mean total return over the symbols on the validation sessions
 */
public record CurvePoint(long step, double validationReturn) {
}
