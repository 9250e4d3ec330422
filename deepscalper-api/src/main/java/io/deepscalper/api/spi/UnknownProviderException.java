package io.deepscalper.api.spi;

import java.util.Collection;

/** Thrown when a provider name is asked for that no provider on the classpath has. */
public class UnknownProviderException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param type      the SPI that was searched
     * @param name      the name asked for
     * @param available the names that exist
     */
    public UnknownProviderException(Class<?> type, String name, Collection<String> available) {
        super("unknown " + type.getSimpleName() + " '" + name + "'; available: " + available
                + " (add a jar that registers it in META-INF/services/" + type.getName() + ")");
    }
}
