package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.model.ActivationRefusedException;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.HeldOutSessions;
import io.deepscalper.api.model.InvalidVersionIdException;
import io.deepscalper.api.model.MetricDirection;
import io.deepscalper.api.model.MetricThreshold;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract tests every {@link io.deepscalper.api.spi.ModelRegistry} implementation should pass (as
 * Micrometer's compatibility kits): extend it and implement {@link #open(Path)}.
 */
public abstract class ModelStoreContract {
    /** A small network, quick to store. */
    protected static final NetworkConfig NETWORK = new NetworkConfig(10, List.of(8), 8, 4, 21, 11);
    private static final HeldOutSessions HELD_OUT =
            new HeldOutSessions("validation", LocalDate.of(2011, 1, 24), LocalDate.of(2011, 1, 31), 6);

    /** A fresh folder per test. */
    @TempDir
    protected Path dir;

    /**
     * @param directory an empty folder
     * @return the implementation's store over it
     */
    protected abstract ModelStore open(Path directory);

    /** @return a version with the given seed and Sharpe; its gate passed when {@code passed} */
    protected static NewModelVersion version(long seed, double sharpe, boolean passed) {
        GateResult gate = ValidationGate.builder().add(MetricThreshold.atLeast("sharpe", passed ? sharpe : sharpe + 1))
                .build().evaluate(Map.of("sharpe", sharpe), null, null, HELD_OUT);
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
}
