package io.deepscalper.tuning.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.tuning.space.ParamSpec;
import io.deepscalper.tuning.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of both samplers: every proposal lies in the space, and the same random source gives the same one. */
class SamplerProperties {
    private static final SearchSpace SPACE = SearchSpace.parse("""
            {"train.learningRate": {"type": "loguniform", "low": 1e-5, "high": 1e-1},
             "train.gamma": {"type": "uniform", "low": 0.5, "high": 0.99},
             "env.lookback": {"type": "int", "low": 1, "high": 9},
             "train.batchSize": {"type": "choice", "values": [16, 32, 64]}}""");

    @Property(tries = 60)
    void proposalsStayInTheSpaceAndAreReproducible(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int done,
                                                   @ForAll boolean tpe) {
        Sampler s = tpe ? new TpeSampler() : new RandomSampler();
        List<Observation> history = new ArrayList<>();
        Random fill = new Random(seed);
        for (int i = 0; i < done; i++) {
            Map<String, JsonNode> v = new RandomSampler().propose(SPACE, history, fill);
            history.add(new Observation(v, fill.nextGaussian(), fill.nextInt(4) > 0));
        }
        Map<String, JsonNode> a = s.propose(SPACE, history, new Random(seed ^ 7));
        Map<String, JsonNode> b = s.propose(SPACE, history, new Random(seed ^ 7));
        assertThat(a).isEqualTo(b);
        assertThat(a.keySet()).containsExactlyElementsOf(SPACE.names());
        for (ParamSpec p : SPACE.params()) {
            JsonNode v = a.get(p.name());
            if (p.kind() == ParamSpec.Kind.CHOICE) {
                assertThat(p.choices()).contains(v);
            } else {
                assertThat(v.asDouble()).isBetween(p.low(), p.high());
                if (p.kind() == ParamSpec.Kind.INT) {
                    assertThat(v.isIntegralNumber()).isTrue();
                }
            }
        }
    }
}
