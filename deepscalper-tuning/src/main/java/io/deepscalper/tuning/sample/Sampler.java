package io.deepscalper.tuning.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.tuning.space.SearchSpace;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Proposes the next trial's values from the trials finished so far. Implementations are deterministic given
 * {@code rng}, so that a search with the same seed proposes the same trials wherever it runs.
 */
public interface Sampler {

    /**
     * @param space   what is searched
     * @param history the finished trials, in trial order
     * @param rng     this trial's random source
     * @return a value for every parameter of {@code space}, in its order
     */
    Map<String, JsonNode> propose(SearchSpace space, List<Observation> history, Random rng);

    /** @return the sampler's name, as on the command line */
    String name();

    /**
     * @param name {@code random} or {@code tpe} (case-insensitive)
     * @return the sampler with its default settings
     * @throws IllegalArgumentException for another name
     */
    static Sampler named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "random" -> new RandomSampler();
            case "tpe" -> new TpeSampler();
            default -> throw new IllegalArgumentException("unknown sampler '" + name + "'; use random or tpe");
        };
    }
}
