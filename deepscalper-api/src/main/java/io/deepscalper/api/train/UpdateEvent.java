package io.deepscalper.api.train;

import java.util.Map;

/**
 * Statistics of one learner update.
 *
 * @param step             environment steps so far (one update per step after warm-up)
 * @param update           learner updates so far
 * @param loss             total loss: Q loss + auxWeight x aux loss
 * @param qLoss            importance-weighted TD loss, averaged over branches
 * @param auxLoss          MSE of the volatility head
 * @param epsilon          current exploration rate
 * @param bufferSize       transitions in replay
 * @param learningRate     optimiser learning rate
 * @param gradNorm         global gradient L2 norm before clipping
 * @param layerGradNorms   per-parameter gradient L2 norms, by parameter name
 * @param layerWeightNorms per-parameter weight L2 norms, by parameter name
 * @param wallTimeNanos    wall time the update took
 * @param timestampMillis  epoch millis when the update finished
 */
public record UpdateEvent(long step, long update, double loss, double qLoss, double auxLoss, double epsilon,
                          int bufferSize, double learningRate, double gradNorm,
                          Map<String, Double> layerGradNorms, Map<String, Double> layerWeightNorms,
                          long wallTimeNanos, long timestampMillis) {
}
