package io.deepscalper.monitoring.health;

import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.train.UpdateEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one update's statistics (and, when given, the hidden activations on a probe batch) into a
 * {@link HealthReport}. Pure: no network, no I/O, so every rule can be tested on numbers.
 *
 * <ul>
 *   <li>{@code nonfinite.loss}, {@code nonfinite.gradients}, {@code nonfinite.weights},
 *       {@code nonfinite.activations}: any NaN or infinity, CRITICAL;</li>
 *   <li>{@code gradient.explosion}: a parameter's gradient norm above the threshold, CRITICAL once it
 *       has lasted {@code explosionPatience} consecutive updates, WARNING before (the update already
 *       happened with a clipped step, but a norm that large means the loss surface or the learning
 *       rate is wrong, and the next steps usually diverge);</li>
 *   <li>{@code gradient.vanishing}: a parameter's gradient norm below the threshold, WARNING;</li>
 *   <li>{@code activation.dead}: the share of a layer's units that are 0 on every probe row, WARNING at
 *       {@code deadShareWarning}, CRITICAL at {@code deadShareCritical}.</li>
 * </ul>
 */
public final class HealthAnalyzer {
    private final HealthConfig config;

    /** @param config thresholds */
    public HealthAnalyzer(HealthConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** @return true when some parameter's gradient norm is above the explosion threshold; allocates nothing */
    public boolean exploded(UpdateEvent e) {
        if (e.gradNorm() > config.explosionThreshold() && Double.isFinite(e.gradNorm())) {
            return true;
        }
        for (double g : e.layerGradNorms().values()) {
            if (g > config.explosionThreshold() && Double.isFinite(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when {@code e} alone already shows a critical problem (non-finite values or an explosion),
     *         checked without allocating so that it can run on every update
     */
    public boolean needsImmediateCheck(UpdateEvent e) {
        if (!Double.isFinite(e.loss()) || !Double.isFinite(e.gradNorm())) {
            return true;
        }
        for (double g : e.layerGradNorms().values()) {
            if (!Double.isFinite(g) || g > config.explosionThreshold()) {
                return true;
            }
        }
        for (double w : e.layerWeightNorms().values()) {
            if (!Double.isFinite(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param e               the update
     * @param activations     layer name to row-major {@code [probeRows, width]} post-ReLU activations, or null
     * @param probeRows       rows of the probe batch
     * @param timestampMillis when the check ran
     * @return the report
     */
    public HealthReport analyze(UpdateEvent e, Map<String, float[]> activations, int probeRows,
                                long timestampMillis) {
        return analyze(e, activations, probeRows, timestampMillis, config.explosionPatience());
    }

    /**
     * As {@link #analyze(UpdateEvent, Map, int, long)}, knowing for how many consecutive updates the gradients
     * have exploded (the monitor keeps count).
     *
     * @param explosionStreak consecutive updates, this one included, with an exploding gradient
     * @return the report
     */
    public HealthReport analyze(UpdateEvent e, Map<String, float[]> activations, int probeRows, long timestampMillis,
                                int explosionStreak) {
        List<HealthFinding> findings = new ArrayList<>();
        Map<String, Double> stats = new HashMap<>();
        stats.put("loss", e.loss());
        stats.put("grad_norm", e.gradNorm());
        if (!Double.isFinite(e.loss())) {
            findings.add(new HealthFinding("nonfinite.loss", "*", e.loss(), 0, HealthSeverity.CRITICAL,
                    "loss is " + e.loss() + "; check the inputs for NaN/Inf and lower the learning rate"));
        }
        gradients(e, findings, stats, explosionStreak >= config.explosionPatience()
                ? HealthSeverity.CRITICAL : HealthSeverity.WARNING);
        weights(e, findings, stats);
        if (activations != null) {
            for (Map.Entry<String, float[]> a : activations.entrySet()) {
                activation(a.getKey(), a.getValue(), probeRows, findings, stats);
            }
        }
        return HealthReport.of(e.step(), e.update(), timestampMillis, findings, stats);
    }

    private void gradients(UpdateEvent e, List<HealthFinding> findings, Map<String, Double> stats,
                           HealthSeverity explosionSeverity) {
        List<String> nonFinite = new ArrayList<>();
        if (!Double.isFinite(e.gradNorm())) {
            nonFinite.add("*");
        }
        for (Map.Entry<String, Double> g : e.layerGradNorms().entrySet()) {
            String p = g.getKey();
            double v = g.getValue();
            stats.put("grad_norm." + p, v);
            if (!Double.isFinite(v)) {
                nonFinite.add(p);
            } else if (v > config.explosionThreshold()) {
                findings.add(new HealthFinding("gradient.explosion", p, v, config.explosionThreshold(),
                        explosionSeverity, String.format(Locale.ROOT, "gradient norm of %s is %.4g > %.4g; "
                                + "lower the learning rate or the reward scale", p, v, config.explosionThreshold())));
            } else if (v < config.vanishingThreshold()) {
                findings.add(new HealthFinding("gradient.vanishing", p, v, config.vanishingThreshold(),
                        HealthSeverity.WARNING, String.format(Locale.ROOT, "gradient norm of %s is %.3g < %.3g; "
                                + "the layer has stopped learning (dead units or zero weights?)", p, v,
                                config.vanishingThreshold())));
            }
        }
        if (!nonFinite.isEmpty()) {
            findings.add(new HealthFinding("nonfinite.gradients", nonFinite.get(0), Double.NaN, 0,
                    HealthSeverity.CRITICAL, "gradients are NaN/Inf in " + nonFinite
                    + "; roll back and lower the learning rate, check the inputs"));
        }
    }

    private static void weights(UpdateEvent e, List<HealthFinding> findings, Map<String, Double> stats) {
        List<String> nonFinite = new ArrayList<>();
        for (Map.Entry<String, Double> w : e.layerWeightNorms().entrySet()) {
            stats.put("weight_norm." + w.getKey(), w.getValue());
            if (!Double.isFinite(w.getValue())) {
                nonFinite.add(w.getKey());
            }
        }
        if (!nonFinite.isEmpty()) {
            findings.add(new HealthFinding("nonfinite.weights", nonFinite.get(0), Double.NaN, 0,
                    HealthSeverity.CRITICAL, "weights are NaN/Inf in " + nonFinite
                    + "; the network is unusable, roll back to the last good checkpoint"));
        }
    }

    private void activation(String layer, float[] a, int rows, List<HealthFinding> findings,
                            Map<String, Double> stats) {
        if (rows < 1 || a.length % rows != 0) {
            throw new IllegalArgumentException("activations of " + layer + " hold " + a.length
                    + " values, not a multiple of the " + rows + " probe rows");
        }
        int width = a.length / rows;
        double sum = 0;
        double sumSq = 0;
        boolean finite = true;
        int dead = 0;
        for (int u = 0; u < width; u++) {
            boolean alive = false;
            for (int r = 0; r < rows; r++) {
                float v = a[r * width + u];
                if (!Float.isFinite(v)) {
                    finite = false;
                }
                if (v > 0) {
                    alive = true;
                }
                sum += v;
                sumSq += (double) v * v;
            }
            if (!alive) {
                dead++;
            }
        }
        double n = a.length;
        double mean = sum / n;
        double std = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        double share = (double) dead / width;
        stats.put("act_mean." + layer, mean);
        stats.put("act_std." + layer, finite ? std : Double.NaN);
        stats.put("dead_share." + layer, share);
        if (!finite) {
            findings.add(new HealthFinding("nonfinite.activations", layer, Double.NaN, 0, HealthSeverity.CRITICAL,
                    "activations of " + layer + " are NaN/Inf on the probe batch; check inputs and weights"));
        } else if (share >= config.deadShareWarning()) {
            HealthSeverity s = share >= config.deadShareCritical() ? HealthSeverity.CRITICAL : HealthSeverity.WARNING;
            findings.add(new HealthFinding("activation.dead", layer, share,
                    s == HealthSeverity.CRITICAL ? config.deadShareCritical() : config.deadShareWarning(), s,
                    String.format(Locale.ROOT, "%.0f%% of the %d units of %s never fire on the probe batch; "
                            + "lower the learning rate or re-initialise", 100 * share, width, layer)));
        }
    }
}
