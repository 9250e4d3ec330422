package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Contract tests every {@link MetricProvider} must pass. Extend it in the provider's tests:
 * <pre>{@code
 * class MyProviderContractTest extends MetricProviderContractKit {
 *     protected MetricProvider provider() { return new MyProvider(); }
 *     protected List<UpdateEvent> updates() { return List.of(SampleEvents.update(), myUpdate()); }
 * }
 * }</pre>
 * What the kit checks: a stable lower-case name found by ServiceLoader; on every update and episode
 * the training loop can report (the samples, zero and NaN losses) the provider does not throw, and
 * every value it hands out has a dot-separated name prefixed with the provider's name
 * ({@code <name>.<metric>}). A provider that emits nothing for an event keeps the contract.
 */
public abstract class MetricProviderContractKit {
    private static final Pattern SEGMENTS = Pattern.compile("[^.\\s]+(\\.[^.\\s]+)+");

    /** @return the provider under test (the kit calls this more than once) */
    protected abstract MetricProvider provider();

    /** @return true when the provider is registered for ServiceLoader (false for test-only providers) */
    protected boolean registeredForServiceLoader() {
        return true;
    }

    /** @return updates to feed: the sample, a zero one, a NaN one; add the ones your provider cares about */
    protected List<UpdateEvent> updates() {
        return List.of(SampleEvents.update(), SampleEvents.zeroUpdate(), SampleEvents.nanUpdate());
    }

    /** @return episodes to feed: the sample and one with NaN returns and no steps */
    protected List<EpisodeEvent> episodes() {
        return List.of(SampleEvents.episode(),
                new EpisodeEvent(0, 0, "SPY", LocalDate.of(2024, 1, 2), Double.NaN, Double.NaN, 0, 0, 0, 0));
    }

    @Test
    void nameIsStableLowerCaseAndFoundByServiceLoader() {
        ProviderChecks.check(MetricProvider.class, this::provider, registeredForServiceLoader());
    }

    @Test
    void updateMetricsArePrefixedWithTheProviderName() {
        MetricProvider p = provider();
        List<String> names = new ArrayList<>();
        for (UpdateEvent e : updates()) {
            p.onUpdate(e, (name, value) -> names.add(name));
        }
        assertNames(p, names);
    }

    @Test
    void episodeMetricsArePrefixedWithTheProviderName() {
        MetricProvider p = provider();
        List<String> names = new ArrayList<>();
        for (EpisodeEvent e : episodes()) {
            p.onEpisode(e, (name, value) -> names.add(name));
        }
        assertNames(p, names);
    }

    private static void assertNames(MetricProvider p, List<String> names) {
        assertThat(names).as("metric names of provider '%s'", p.name()).allSatisfy(n -> {
            assertThat(n).startsWith(p.name() + ".");
            assertThat(SEGMENTS.matcher(n).matches()).as("'%s' is dot-separated without empty parts", n).isTrue();
        });
    }
}
