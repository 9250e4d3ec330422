package io.deepscalper.registry.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.MetricDirection;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.model.RetentionResult;
import io.deepscalper.registry.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Retention never removes the active version, the champion, the challenger, the rollback target or the best. */
class RetentionPropertiesTest {

    /** A generated registry state: versions with a Sharpe (or none), aliased versions and a rollback target. */
    record State(Map<ModelVersionId, Map<String, Double>> versions, List<ModelVersionId> aliased,
                 ModelVersionId rollbackTarget) {
    }

    @Provide
    Arbitrary<State> states() {
        return Arbitraries.integers().between(1, 40).flatMap(n -> {
            Arbitrary<List<Double>> sharpes = Arbitraries.doubles().between(-3, 3).injectNull(0.2).list().ofSize(n);
            Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, n - 1).list().ofMaxSize(3);
            Arbitrary<Integer> rollback = Arbitraries.integers().between(-1, n - 1);
            return Combinators.combine(sharpes, picks, rollback).as((s, p, r) -> {
                Map<ModelVersionId, Map<String, Double>> versions = new LinkedHashMap<>();
                List<ModelVersionId> ids = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ModelVersionId id = ModelVersionId.forInstant(Instant.ofEpochSecond(1_700_000_000L + i / 3));
                    id = i % 3 == 0 ? id : id.withSuffix(i % 3 + 1);
                    ids.add(id);
                    versions.put(id, s.get(i) == null ? Map.of() : Map.of("sharpe", s.get(i)));
                }
                return new State(versions, p.stream().map(ids::get).toList(), r < 0 ? null : ids.get(r));
            });
        });
    }

    @Property(tries = 500)
    void protectedVersionsAreNeverDeletedAndAtMostNOthersAreKept(@ForAll("states") State st,
                                                                  @ForAll @IntRange(min = 1, max = 12) int keep,
                                                                  @ForAll MetricDirection direction) {
        RetentionResult r = RetentionPlanner.plan(st.versions(), st.aliased(), st.rollbackTarget(),
                new RetentionPolicy(keep, "sharpe", direction));

        Set<ModelVersionId> mustKeep = new HashSet<>(st.aliased());
        if (st.rollbackTarget() != null) {
            mustKeep.add(st.rollbackTarget());
        }
        RetentionPlanner.best(st.versions(), "sharpe", direction).ifPresent(mustKeep::add);
        assertThat(r.kept()).containsAll(mustKeep);
        assertThat(r.deleted()).noneMatch(mustKeep::contains);
        assertThat(r.protectedIds()).isEqualTo(mustKeep);

        Set<ModelVersionId> all = new HashSet<>(r.kept());
        all.addAll(r.deleted());
        assertThat(all).isEqualTo(st.versions().keySet());
        assertThat(r.kept()).noneMatch(r.deleted()::contains);
        assertThat(r.kept()).hasSize(Math.min(st.versions().size(), Math.max(keep, mustKeep.size())));
        // the unprotected survivors are the newest ones
        for (ModelVersionId gone : r.deleted()) {
            for (ModelVersionId kept : r.kept()) {
                if (!mustKeep.contains(kept)) {
                    assertThat(kept).isGreaterThan(gone);
                }
            }
        }
    }

    @Property(tries = 8)
    void onARealStoreActiveChampionAndBestSurviveAndStillLoad(@ForAll @IntRange(min = 3, max = 8) int n,
                                                             @ForAll @IntRange(min = 1, max = 3) int keep,
                                                             @ForAll @IntRange(min = 0, max = 7) int activeIndex,
                                                             @ForAll @IntRange(min = 0, max = 7) int bestIndex)
            throws Exception {
        Path dir = Files.createTempDirectory("retention");
        try {
            ModelStore s = new FileSystemModelRegistry().open(dir);
            List<ModelVersion> vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                vs.add(s.register(TestModels.version(i, i == bestIndex % n ? 5.0 : 1.0)));
            }
            ModelVersionId active = vs.get(activeIndex % n).id();
            s.activate(ModelRef.of(active));
            s.retain(RetentionPolicy.keep(keep));
            assertThat(s.load(ModelRef.parse("active")).metadata().id()).isEqualTo(active);
            assertThat(s.load(ModelRef.parse("champion")).metadata().id()).isEqualTo(active);
            assertThat(s.best("sharpe", MetricDirection.HIGHER_IS_BETTER)).map(ModelVersion::id)
                    .contains(vs.get(bestIndex % n).id());
            assertThat(s.aliases()).containsEntry(Alias.ACTIVE, active);
            assertThat(s.list()).hasSize(Math.max(keep, active.equals(vs.get(bestIndex % n).id()) ? 1 : 2));
        } finally {
            AtomicFiles.deleteTree(dir);
        }
    }
}
