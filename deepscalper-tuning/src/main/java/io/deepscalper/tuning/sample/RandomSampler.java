package io.deepscalper.tuning.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.tuning.space.ParamSpec;
import io.deepscalper.tuning.space.SearchSpace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws every parameter from its prior, ignoring the history. */
public final class RandomSampler implements Sampler {

    @Override
    public Map<String, JsonNode> propose(SearchSpace space, List<Observation> history, Random rng) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (ParamSpec p : space.params()) {
            out.put(p.name(), p.toValue(p.sampleInternal(rng)));
        }
        return out;
    }

    @Override
    public String name() {
        return "random";
    }
}
