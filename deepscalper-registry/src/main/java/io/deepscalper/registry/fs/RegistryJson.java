package io.deepscalper.registry.fs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;

/** The registry's shared {@link Json#archiveMapper()}, for {@code registry.json} and {@code metadata.json}. */
public final class RegistryJson {
    private static final ObjectMapper MAPPER = Json.archiveMapper();

    private RegistryJson() {
    }

    /** @return the shared, thread-safe mapper */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
