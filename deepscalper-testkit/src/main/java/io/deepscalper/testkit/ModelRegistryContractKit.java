package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.model.ActivationRefusedException;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.HeldOutSessions;
import io.deepscalper.api.model.InvalidVersionIdException;
import io.deepscalper.api.model.MetricDirection;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.model.ExportResult;
import io.deepscalper.api.spi.ModelExporter;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract tests every {@link ModelRegistry} provider and the {@link ModelStore} it opens must pass (as
 * Micrometer's compatibility kits). Extend it in the provider's tests:
 * <pre>{@code
 * class MyRegistryContractTest extends ModelRegistryContractKit {
 *     protected ModelRegistry registry() { return new MyRegistry(); }
 *     // optional: protected ModelStore open(Path directory) { ... } to open it another way
 * }
 * }</pre>
 * What the kit checks: the provider has a stable lower-case name found by ServiceLoader and opens
 * (creating if needed) a store bound to the folder, which a second store on the same folder sees; the
 * store keeps parameters exactly, lists versions oldest first, activates only versions whose gate
 * passed unless forced with a recorded reason, rolls back, fails clearly on unknown references, keeps
 * the active and best versions in retention, and exports through the registered exporters: a new target
 * is written, an existing one is refused unless overwriting is asked for, and a failed export leaves
 * nothing behind. The export tests need a {@link ModelExporter} on the test classpath and are skipped
 * without one.
 */
public abstract class ModelRegistryContractKit {
    /** A small network, quick to store. */
    protected static final NetworkConfig NETWORK = new NetworkConfig(10, List.of(8), 8, 4, 21, 11);
    private static final HeldOutSessions HELD_OUT =
            new HeldOutSessions("validation", LocalDate.of(2011, 1, 24), LocalDate.of(2011, 1, 31), 6);

    /** A fresh folder per test. */
    @TempDir
    protected Path dir;

    /** @return the provider under test (the kit calls this more than once) */
    protected abstract ModelRegistry registry();

    /** @return true when the provider is registered for ServiceLoader (false for test-only registries) */
    protected boolean registeredForServiceLoader() {
        return true;
    }

    /**
     * @param directory a folder, which may not exist yet
     * @return the implementation's store over it; by default {@code registry().open(directory)}
     */
    protected ModelStore open(Path directory) {
        return registry().open(directory);
    }

    /** @return a version with the given seed and Sharpe; its gate passed when {@code passed} */
    protected static NewModelVersion version(long seed, double sharpe, boolean passed) {
        double bound = passed ? sharpe : sharpe + 1;
        GateResult gate = new GateResult(passed, List.of(GateCheck.metric("sharpe", GateCheck.THRESHOLD, sharpe, bound,
                passed, false, "sharpe " + sharpe + (passed ? " satisfies" : " does not satisfy") + " >= " + bound)),
                null, HELD_OUT, Map.of("sharpe", sharpe), Map.of());
        return NewModelVersion.builder(ParameterInit.kaimingUniform(NETWORK, seed), NETWORK).seed(seed)
                .metric("sharpe", sharpe).validation(gate).build();
    }

    @Test
    void registeredParametersLoadBackExactly() {
        ModelStore s = open(dir);
        ModelVersion v = s.register(version(1, 1.0, true));
        assertThat(s.load(ModelRef.of(v.id())).parameters()).isEqualTo(ParameterInit.kaimingUniform(NETWORK, 1));
        assertThat(s.load(ModelRef.latest()).metadata().id()).isEqualTo(v.id());
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(v.id());
        assertThat(s.get(ModelRef.of(v.id())).metrics()).containsEntry("sharpe", 1.0);
    }

    @Test
    void idsAreUniqueAndListedOldestFirst() {
        ModelStore s = open(dir);
        ModelVersion a = s.register(version(1, 1.0, true));
        ModelVersion b = s.register(version(2, 1.0, true));
        ModelVersion c = s.register(version(3, 1.0, true));
        assertThat(List.of(a.id(), b.id(), c.id())).doesNotHaveDuplicates();
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void onlyPassedVersionsActivateUnlessForcedWithAReason() {
        ModelStore s = open(dir);
        ModelVersion good = s.register(version(1, 1.0, true));
        ModelVersion bad = s.register(version(2, 0.1, false));
        s.activate(ModelRef.of(good.id()));
        assertThatThrownBy(() -> s.activate(ModelRef.of(bad.id()))).isInstanceOf(ActivationRefusedException.class);
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, good.id()).containsEntry(Alias.CHAMPION, good.id());
        s.forceActivate(ModelRef.of(bad.id()), "verified by hand");
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, bad.id());
        assertThat(s.history()).anySatisfy(e -> {
            assertThat(e.forced()).isTrue();
            assertThat(e.version()).isEqualTo(bad.id());
            assertThat(e.reason()).isEqualTo("verified by hand");
        });
    }

    @Test
    void rollbackReturnsToThePreviousActiveVersion() {
        ModelStore s = open(dir);
        ModelVersion a = s.register(version(1, 1.0, true));
        ModelVersion b = s.register(version(2, 1.0, true));
        s.activate(ModelRef.of(a.id()));
        s.activate(ModelRef.of(b.id()));
        assertThat(s.rollback("test").id()).isEqualTo(a.id());
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, a.id());
    }

    @Test
    void deactivateLeavesNothingDeployedAndRecordsWhy() {
        ModelStore s = open(dir);
        assertThat(s.deactivate("nothing to deactivate")).isEmpty();
        ModelVersion a = s.register(version(1, 1.0, true));
        s.activate(ModelRef.of(a.id()));
        assertThat(s.deactivate("worse than flat on 10 new sessions")).contains(a.id());
        assertThat(s.aliases()).doesNotContainKeys(Alias.ACTIVE, Alias.CHAMPION);
        assertThat(s.find(ModelRef.of(Alias.ACTIVE))).isEmpty();
        assertThat(s.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("deactivate");
            assertThat(e.version()).isEqualTo(a.id());
            assertThat(e.reason()).isEqualTo("worse than flat on 10 new sessions");
        });
        assertThat(s.get(ModelRef.of(a.id())).id()).as("the version stays stored").isEqualTo(a.id());
        assertThatThrownBy(() -> s.deactivate(" ")).hasMessageContaining("reason");
    }

    @Test
    void unknownAndMalformedReferencesFailClearly() {
        ModelStore s = open(dir);
        assertThatThrownBy(() -> s.get(ModelRef.latest())).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> s.get(ModelRef.parse("active"))).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> s.load(ModelRef.parse("v_20200101_000000")))
                .isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> ModelRef.parse("../v_20200101_000000")).isInstanceOf(InvalidVersionIdException.class);
    }

    @Test
    void retentionKeepsActiveAndBest() {
        ModelStore s = open(dir);
        ModelVersion best = s.register(version(1, 9.0, true));
        ModelVersion active = s.register(version(2, 1.0, true));
        s.register(version(3, 1.0, true));
        s.register(version(4, 1.0, true));
        s.activate(ModelRef.of(active.id()));
        s.retain(RetentionPolicy.keep(1));
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(best.id(), active.id());
        assertThat(s.best("sharpe", MetricDirection.HIGHER_IS_BETTER)).map(ModelVersion::id).contains(best.id());
        assertThat(s.load(ModelRef.parse("active")).metadata().id()).isEqualTo(active.id());
    }

    @Test
    void nameIsStableLowerCaseAndFoundByServiceLoader() {
        ProviderChecks.check(ModelRegistry.class, this::registry, registeredForServiceLoader());
    }

    @Test
    void openCreatesTheFolderAndBindsTheStoreToIt() {
        Path models = dir.resolve("work").resolve("models");
        ModelStore s = open(models);
        assertThat(models).isDirectory();
        assertThat(s.directory().toAbsolutePath().normalize()).isEqualTo(models.toAbsolutePath().normalize());
        assertThat(s.list()).isEmpty();
    }

    @Test
    void aSecondStoreOnTheSameFolderSeesVersionsAndAliases() {
        ModelStore first = open(dir);
        ModelVersion v = first.register(version(1, 1.0, true));
        first.activate(ModelRef.of(v.id()));
        ModelStore second = open(dir);
        assertThat(second.list()).extracting(ModelVersion::id).containsExactly(v.id());
        assertThat(second.aliases()).containsEntry(Alias.ACTIVE, v.id()).containsEntry(Alias.CHAMPION, v.id());
        assertThat(second.load(ModelRef.of(v.id())).parameters()).isEqualTo(ParameterInit.kaimingUniform(NETWORK, 1));
    }

    @Test
    void exportWritesANewTarget() throws IOException {
        String format = anyExportFormat();
        ModelStore s = open(dir.resolve("models"));
        ModelVersion v = s.register(version(1, 1.0, true));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = out.resolve("model" + Providers.byName(ModelExporter.class, format).fileSuffix());
        ExportResult r = s.export(ModelRef.of(v.id()), format, target, false);
        assertThat(target).exists();
        assertThat(r.version()).isEqualTo(v.id());
        assertThat(r.format()).isEqualTo(format);
        assertThat(r.path().toAbsolutePath().normalize()).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(r.bytes()).isPositive();
        assertThat(children(out)).as("nothing but the target is left").containsExactly(target);
    }

    @Test
    void exportRefusesAnExistingTargetUnlessOverwriting() throws IOException {
        String format = anyExportFormat();
        ModelStore s = open(dir.resolve("models"));
        ModelVersion v = s.register(version(1, 1.0, true));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = Files.writeString(out.resolve("model.bin"), "keep me");
        assertThatThrownBy(() -> s.export(ModelRef.of(v.id()), format, target, false))
                .hasMessageContaining(target.getFileName().toString());
        assertThat(target).hasContent("keep me");
        assertThat(children(out)).containsExactly(target);
        s.export(ModelRef.of(v.id()), format, target, true);
        assertThat(target).exists();
        assertThat(Files.isRegularFile(target) && Files.readString(target).equals("keep me")).as("replaced").isFalse();
        assertThat(children(out)).containsExactly(target);
    }

    @Test
    void anUnknownFormatFailsAndWritesNothing() throws IOException {
        ModelStore s = open(dir.resolve("models"));
        ModelVersion v = s.register(version(1, 1.0, true));
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> s.export(ModelRef.of(v.id()), "no_such_format", out.resolve("model"), false))
                .hasMessageContaining("no_such_format");
        assertThat(children(out)).isEmpty();
    }

    private static String anyExportFormat() {
        List<String> formats = Providers.names(ModelExporter.class);
        Assumptions.assumeFalse(formats.isEmpty(), "no ModelExporter on the test classpath");
        return formats.get(0);
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
