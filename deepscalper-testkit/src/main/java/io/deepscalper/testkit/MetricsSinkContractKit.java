package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract tests every {@link MetricsSink} must pass: what {@link MetricsSink} and
 * {@link MetricsWriter} promise. Extend it in the sink's tests and supply the sink:
 * <pre>{@code
 * class MySinkContractTest extends MetricsSinkContractKit {
 *     protected MetricsSink sink() { return new MySink(); }
 *     protected Set<String> knownOptions() { return Set.of("url"); }
 *     protected Map<String, String> options() { return Map.of("url", "http://127.0.0.1:1"); }
 * }
 * }</pre>
 * What the kit checks: a stable lower-case name found by ServiceLoader; every {@code open} gives a new
 * writer that accepts every event type, including NaN values, empty maps and a {@code null} model
 * version; {@code flush} may be called at any time and repeatedly; files go into the working directory
 * only; an unknown option fails with {@link IllegalArgumentException} naming it and listing the known ones.
 * Writers are closed once, as {@link AutoCloseable} asks, and used from one thread.
 */
public abstract class MetricsSinkContractKit {

    /** The parent of the working directory; the sink must not write here. */
    @TempDir
    protected Path tempDir;

    /** @return a sink instance (the kit calls this more than once) */
    protected abstract MetricsSink sink();

    /** @return valid options for the tests' writers (e.g. {@code port=0} so writers do not collide) */
    protected Map<String, String> options() {
        return Map.of();
    }

    /** @return every option key the sink documents; the unknown-option message must list them */
    protected Set<String> knownOptions() {
        return Set.of();
    }

    /** @return true when the sink is registered for ServiceLoader (false for test-only sinks) */
    protected boolean registeredForServiceLoader() {
        return true;
    }

    /** @return the working directory handed to {@code open}; created, empty */
    protected Path workingDirectory() throws IOException {
        return Files.createDirectories(tempDir.resolve("work"));
    }

    @Test
    void nameIsStableLowerCaseAndFoundByServiceLoader() {
        ProviderChecks.check(MetricsSink.class, this::sink, registeredForServiceLoader());
    }

    @Test
    void everyOpenGivesANewWriter() throws IOException {
        Path work = workingDirectory();
        MetricsSink sink = sink();
        MetricsWriter first = sink.open(work, ProviderOptions.of(options()));
        assertThat(first).as("open's writer").isNotNull();
        first.close();
        MetricsWriter second = sink.open(work, ProviderOptions.of(options()));
        try {
            assertThat(second).as("a second open's writer").isNotNull().isNotSameAs(first);
            SampleEvents.feed(second);
            second.flush();
        } finally {
            second.close();
        }
    }

    @Test
    void acceptsOneOfEveryEventThenFlushesAndCloses() throws IOException {
        try (MetricsWriter w = sink().open(workingDirectory(), ProviderOptions.of(options()))) {
            SampleEvents.feed(w);
            w.flush();
            SampleEvents.feed(w);
        }
    }

    @Test
    void acceptsNaNValuesEmptyMapsAndANullVersion() throws IOException {
        try (MetricsWriter w = sink().open(workingDirectory(), ProviderOptions.of(options()))) {
            SampleEvents.feedEdgeCases(w);
            w.flush();
        }
    }

    @Test
    void flushMayBeCalledBeforeAnyWriteAndRepeatedly() throws IOException {
        try (MetricsWriter w = sink().open(workingDirectory(), ProviderOptions.of(options()))) {
            w.flush();
            w.flush();
            SampleEvents.feed(w);
            w.flush();
            w.flush();
        }
    }

    @Test
    void writesNothingOutsideTheWorkingDirectory() throws IOException {
        Path work = workingDirectory();
        try (MetricsWriter w = sink().open(work, ProviderOptions.of(options()))) {
            SampleEvents.feed(w);
            w.flush();
        }
        try (Stream<Path> s = Files.list(tempDir)) {
            assertThat(s.toList()).as("what the sink left next to its working directory").containsExactly(work);
        }
    }

    @Test
    void unknownOptionIsRejectedListingTheKnownOnes() throws IOException {
        Path work = workingDirectory();
        Map<String, String> bad = new HashMap<>(options());
        bad.put("no_such_option", "1");
        assertThatThrownBy(() -> sink().open(work, ProviderOptions.of(bad)).close()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_option")
                .satisfies(e -> knownOptions().forEach(k -> assertThat(e.getMessage()).contains(k)));
    }
}
