package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.spi.Provider;
import io.deepscalper.api.spi.Providers;
import java.util.Locale;
import java.util.function.Supplier;

/** The {@link Provider} rules every kit checks: a stable lower-case name, and discovery by ServiceLoader. */
final class ProviderChecks {
    private ProviderChecks() {
    }

    /**
     * @param spi        the SPI type
     * @param instances  makes the provider under test (called twice: the name must not change)
     * @param registered whether the provider is registered in {@code META-INF/services}
     */
    static <T extends Provider> void check(Class<T> spi, Supplier<? extends T> instances, boolean registered) {
        T provider = instances.get();
        String name = provider.name();
        assertThat(name).as("provider name").isNotBlank().isEqualTo(name.toLowerCase(Locale.ROOT))
                .doesNotContainAnyWhitespaces();
        assertThat(provider.name()).as("name asked again").isEqualTo(name);
        assertThat(instances.get().name()).as("name of a second instance").isEqualTo(name);
        if (registered) {
            assertThat(Providers.names(spi)).as("%s providers found by ServiceLoader", spi.getSimpleName())
                    .contains(name);
            assertThat(Providers.byName(spi, name).getClass()).as("the provider registered as '%s'", name)
                    .isEqualTo(provider.getClass());
        }
    }
}
