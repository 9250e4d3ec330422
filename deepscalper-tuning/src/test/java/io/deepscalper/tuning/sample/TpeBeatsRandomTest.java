package io.deepscalper.tuning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.tuning.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * TPE against random search on a cheap synthetic objective (no training): a smooth bowl over a log-uniform, a
 * uniform and an integer parameter, plus a choice with one good value, with a little noise. Over 40 seeds and
 * 40 trials each, TPE must find a better best value on average and on most seeds.
 */
class TpeBeatsRandomTest {
    private static final SearchSpace SPACE = SearchSpace.parse("""
            {"train.learningRate": {"type": "loguniform", "low": 1e-5, "high": 1e-1},
             "train.gamma": {"type": "uniform", "low": 0.0, "high": 1.0},
             "env.lookback": {"type": "int", "low": 1, "high": 50},
             "train.batchSize": {"type": "choice", "values": [16, 32, 64, 128]}}""");

    static double objective(Map<String, JsonNode> v, Random noise) {
        double lr = Math.log10(v.get("train.learningRate").asDouble()) + 3.5; // best at 10^-3.5
        double g = (v.get("train.gamma").asDouble() - 0.83) * 4;
        double l = (v.get("env.lookback").asDouble() - 12) / 10.0;
        double b = v.get("train.batchSize").asInt() == 64 ? 0 : 0.5;
        return -(lr * lr + g * g + l * l + b) + 0.01 * noise.nextGaussian();
    }

    private static double bestOf(Sampler s, long seed, int trials) {
        List<Observation> history = new ArrayList<>();
        Random noise = new Random(seed * 31 + 1);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < trials; i++) {
            Map<String, JsonNode> v = s.propose(SPACE, history, new Random(seed * 1_000_003L + i * 7919L));
            double y = objective(v, noise);
            history.add(new Observation(v, y, true));
            best = Math.max(best, y);
        }
        return best;
    }

    @Test
    void tpeFindsBetterValuesThanRandomSearchOverManySeeds() {
        int seeds = 40;
        int trials = 40;
        double tpe = 0;
        double random = 0;
        int wins = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            double t = bestOf(new TpeSampler(), seed, trials);
            double r = bestOf(new RandomSampler(), seed, trials);
            tpe += t / seeds;
            random += r / seeds;
            wins += t > r ? 1 : 0;
        }
        assertThat(tpe).as("mean best objective, TPE %.4f vs random %.4f", tpe, random).isGreaterThan(random);
        assertThat(wins).as("seeds on which TPE found the better best value").isGreaterThanOrEqualTo(28);
    }

    @Test
    void beforeItsStartUpTrialsTpeIsRandomSearch() {
        Map<String, JsonNode> r = new RandomSampler().propose(SPACE, List.of(), new Random(5));
        assertThat(new TpeSampler().propose(SPACE, List.of(), new Random(5))).isEqualTo(r);
    }
}
