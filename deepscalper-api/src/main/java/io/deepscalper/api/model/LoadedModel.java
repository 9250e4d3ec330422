package io.deepscalper.api.model;

import io.deepscalper.api.nn.ParameterSet;
import java.util.Objects;

/**
 * A version read from the registry after its checksums were verified.
 *
 * @param metadata   the version's metadata (the network shape is {@code metadata.network()})
 * @param parameters the parameters, in canonical order
 */
public record LoadedModel(ModelMetadata metadata, ParameterSet parameters) {
    /** Requires both parts. */
    public LoadedModel {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(parameters, "parameters");
    }
}
