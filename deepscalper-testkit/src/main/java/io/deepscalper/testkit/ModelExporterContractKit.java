package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.TrainingKind;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.spi.ModelExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract tests every {@link ModelExporter} must pass. Extend it in the exporter's tests:
 * <pre>{@code
 * class MyExporterContractTest extends ModelExporterContractKit {
 *     protected ModelExporter exporter() { return new MyExporter(); }
 *     // optional: protected LoadedModel model() { ... } for a network your format needs
 * }
 * }</pre>
 * What the kit checks, as {@link ModelExporter} promises: a stable lower-case name (the format) found by
 * ServiceLoader; a file name suffix that is empty (the export is a folder) or starts with a dot (a file);
 * {@code export} creates exactly the target it is given, as a folder or a file accordingly, writes
 * nothing else next to it, and returns the bytes it wrote. Overwriting, atomic placement and clean-up
 * after a failure are the store's job ({@code ModelStore#export}); {@link ModelRegistryContractKit}
 * checks them.
 */
public abstract class ModelExporterContractKit {
    /** A small network, quick to export. */
    protected static final NetworkConfig NETWORK = new NetworkConfig(10, List.of(8), 8, 4, 21, 11);

    /** A fresh folder per test; the target is created in it. */
    @TempDir
    protected Path dir;

    /** @return the exporter under test (the kit calls this more than once) */
    protected abstract ModelExporter exporter();

    /** @return true when the exporter is registered for ServiceLoader (false for test-only exporters) */
    protected boolean registeredForServiceLoader() {
        return true;
    }

    /** @return a verified model as the store hands it over: {@link #NETWORK} with seeded parameters */
    protected LoadedModel model() {
        ModelMetadata m = new ModelMetadata(ModelMetadata.FORMAT_VERSION, ModelVersionId.parse("v_20260105_210000"),
                Instant.parse("2026-01-05T21:00:00Z"), "scheduled", TrainingKind.FULL, null, NETWORK, null, null, 7,
                1000, Map.of("sharpe", 1.25), null, Map.of("model.params", "0".repeat(64)));
        return new LoadedModel(m, ParameterInit.kaimingUniform(NETWORK, 7));
    }

    @Test
    void nameIsStableLowerCaseAndFoundByServiceLoader() {
        ProviderChecks.check(ModelExporter.class, this::exporter, registeredForServiceLoader());
    }

    @Test
    void fileSuffixIsEmptyForAFolderOrADotSuffix() {
        String suffix = exporter().fileSuffix();
        assertThat(suffix).as("file suffix").isNotNull();
        if (!suffix.isEmpty()) {
            assertThat(suffix).matches("\\.[A-Za-z0-9_.-]+");
        }
        assertThat(exporter().fileSuffix()).as("suffix asked again").isEqualTo(suffix);
    }

    @Test
    void exportCreatesExactlyTheTargetAndReturnsTheBytesWritten() throws IOException {
        ModelExporter e = exporter();
        Path target = dir.resolve("model" + e.fileSuffix());
        long bytes = e.export(model(), target);
        if (e.fileSuffix().isEmpty()) {
            assertThat(target).as("a folder export").isDirectory();
        } else {
            assertThat(target).as("a file export").isRegularFile();
        }
        assertThat(bytes).as("bytes written").isPositive().isEqualTo(sizeOf(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).as("what the export left in the folder").containsExactly(target);
        }
    }

    private static long sizeOf(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }).sum();
        }
    }
}
