package io.deepscalper.tuning.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.tuning.space.ParamSpec;
import io.deepscalper.tuning.space.SearchSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The tree-structured Parzen estimator of Bergstra, Bardenet, Bengio and Kégl ("Algorithms for
 * Hyper-Parameter Optimization", NeurIPS 2011), in its independent form (one density per parameter, as
 * Optuna's default):
 *
 * <ol>
 *   <li>The first {@code startupTrials} trials are drawn from the prior (random search), because the densities
 *       need observations.</li>
 *   <li>After that, the finished trials are ranked (completed ones by score, then those stopped early) and split
 *       into the best {@code ceil(gamma * n)} ("good", at most {@code maxGood}) and the rest ("bad").</li>
 *   <li>For each parameter, two densities over its internal coordinate are built: {@code l(x)} from the good
 *       trials' values and {@code g(x)} from the bad ones'. A numeric parameter gets a mixture of Gaussians, one
 *       per observation, each with a bandwidth of the larger gap to its sorted neighbours (kept between
 *       {@code range / min(100, n + 1)} and the range), truncated to the range, plus the uniform prior as one more component of equal weight, so
 *       that no region gets density 0. A choice gets category frequencies with one prior count per
 *       category.</li>
 *   <li>{@code candidates} values are drawn from {@code l}; the one with the largest {@code l(x) / g(x)}
 *       (computed in logs) is proposed. This maximises the expected improvement under the TPE model.</li>
 * </ol>
 */
public final class TpeSampler implements Sampler {
    private final int startupTrials;
    private final double gamma;
    private final int maxGood;
    private final int candidates;

    /** TPE with 4 start-up trials, gamma 0.25, at most 25 good trials and 24 candidates. */
    public TpeSampler() {
        this(4, 0.25, 25, 24);
    }

    /**
     * @param startupTrials random trials before the model is used (at least 2)
     * @param gamma         share of the finished trials that is "good", in (0, 1)
     * @param maxGood       upper bound on the good trials
     * @param candidates    values drawn from {@code l} per parameter and proposal
     */
    public TpeSampler(int startupTrials, double gamma, int maxGood, int candidates) {
        if (startupTrials < 2) {
            throw new IllegalArgumentException("TPE needs at least 2 start-up trials but got " + startupTrials);
        }
        if (!(gamma > 0 && gamma < 1)) {
            throw new IllegalArgumentException("TPE's gamma must be in (0, 1) but was " + gamma);
        }
        if (maxGood < 1 || candidates < 1) {
            throw new IllegalArgumentException("TPE needs maxGood >= 1 and candidates >= 1");
        }
        this.startupTrials = startupTrials;
        this.gamma = gamma;
        this.maxGood = maxGood;
        this.candidates = candidates;
    }

    @Override
    public String name() {
        return "tpe";
    }

    @Override
    public Map<String, JsonNode> propose(SearchSpace space, List<Observation> history, Random rng) {
        if (history.size() < startupTrials) {
            return new RandomSampler().propose(space, history, rng);
        }
        List<Observation> ranked = new ArrayList<>(history);
        // completed first, each group best first; the sort is stable, so ties keep trial order (deterministic)
        ranked.sort(Comparator.comparing((Observation o) -> !o.completed())
                .thenComparing(Observation::score, Comparator.reverseOrder()));
        int good = Math.max(1, Math.min(maxGood, (int) Math.ceil(gamma * ranked.size())));
        List<Observation> l = ranked.subList(0, good);
        List<Observation> g = ranked.subList(good, ranked.size());
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (ParamSpec p : space.params()) {
            double[] lx = internal(p, l);
            double[] gx = internal(p, g);
            double best = Double.NaN;
            double bestRatio = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < candidates; c++) {
                double x = p.kind() == ParamSpec.Kind.CHOICE ? sampleCategorical(p, lx, rng) : sampleMixture(p, lx, rng);
                double ratio = logDensity(p, lx, x) - logDensity(p, gx, x);
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = x;
                }
            }
            out.put(p.name(), p.toValue(best));
        }
        return out;
    }

    private static double[] internal(ParamSpec p, List<Observation> obs) {
        List<Double> xs = new ArrayList<>();
        for (Observation o : obs) {
            JsonNode v = o.values().get(p.name());
            if (v != null) {
                xs.add(p.toInternal(v));
            }
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // ------------------------------------------------------------------ numeric: Parzen mixture + prior

    private static double[] bandwidths(ParamSpec p, double[] xs) {
        double lo = p.internalLow();
        double hi = p.internalHigh();
        double range = hi - lo;
        int n = xs.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> xs[i]));
        double[] sigma = new double[n];
        for (int k = 0; k < n; k++) {
            double left = k == 0 ? xs[order[k]] - lo : xs[order[k]] - xs[order[k - 1]];
            double right = k == n - 1 ? hi - xs[order[k]] : xs[order[k + 1]] - xs[order[k]];
            // the larger neighbour gap (Bergstra et al.), kept between range/min(100, n+1) and the range
            double s = Math.max(left, right);
            sigma[order[k]] = Math.min(range, Math.max(s, range / Math.min(100.0, n + 1.0)));
        }
        return sigma;
    }

    private static double sampleMixture(ParamSpec p, double[] xs, Random rng) {
        double lo = p.internalLow();
        double hi = p.internalHigh();
        int k = rng.nextInt(xs.length + 1);
        if (k == xs.length) {
            return lo + rng.nextDouble() * (hi - lo);
        }
        double sigma = bandwidths(p, xs)[k];
        for (int tries = 0; tries < 100; tries++) {
            double x = xs[k] + sigma * rng.nextGaussian();
            if (x >= lo && x <= hi) {
                return snap(p, x);
            }
        }
        return snap(p, Math.max(lo, Math.min(hi, xs[k])));
    }

    /** An integer parameter's candidates are whole numbers, so that l and g are compared where values live. */
    private static double snap(ParamSpec p, double x) {
        return p.kind() == ParamSpec.Kind.INT ? Math.rint(Math.max(p.low(), Math.min(p.high(), x))) : x;
    }

    private static double logDensity(ParamSpec p, double[] xs, double x) {
        if (p.kind() == ParamSpec.Kind.CHOICE) {
            return logCategorical(p, xs, x);
        }
        double lo = p.internalLow();
        double hi = p.internalHigh();
        double range = hi - lo;
        double[] sigma = bandwidths(p, xs);
        double sum = 1.0 / range; // the prior component
        for (int i = 0; i < xs.length; i++) {
            double z = (x - xs[i]) / sigma[i];
            // truncated to [lo, hi]: divide by the mass inside
            double mass = normalCdf((hi - xs[i]) / sigma[i]) - normalCdf((lo - xs[i]) / sigma[i]);
            sum += Math.exp(-0.5 * z * z) / (sigma[i] * Math.sqrt(2 * Math.PI) * Math.max(mass, 1e-12));
        }
        return Math.log(sum / (xs.length + 1));
    }

    private static double normalCdf(double z) {
        return io.deepscalper.api.stats.StandardNormal.cdf(z);
    }

    // ------------------------------------------------------------------ categorical

    private static double[] weights(ParamSpec p, double[] xs) {
        double[] w = new double[p.choices().size()];
        java.util.Arrays.fill(w, 1.0); // one prior count per category
        for (double x : xs) {
            w[(int) x] += 1;
        }
        return w;
    }

    private static double sampleCategorical(ParamSpec p, double[] xs, Random rng) {
        double[] w = weights(p, xs);
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            u -= w[i];
            if (u < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    private static double logCategorical(ParamSpec p, double[] xs, double x) {
        double[] w = weights(p, xs);
        double total = 0;
        for (double v : w) {
            total += v;
        }
        return Math.log(w[(int) x] / total);
    }
}
