package io.deepscalper.registry.fs;

import io.deepscalper.api.model.MetricDirection;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.model.RetentionResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which versions retention deletes; a pure function so the rule can be property-tested.
 *
 * <p>Protected: every aliased version (active, champion, challenger), the rollback target, the best
 * version by the policy's metric and, when the policy says so (the default), every version that was ever
 * active. They count towards {@code keepAtMost}; the newest unprotected versions
 * fill the places left; everything else is deleted, oldest first.
 */
public final class RetentionPlanner {
    private RetentionPlanner() {
    }

    /**
     * @param versions       every version with its metrics, in any order
     * @param aliased        versions any alias points at
     * @param rollbackTarget the version rollback would return to, or null
     * @param policy         the retention policy
     * @return what to delete and keep
     */
    public static RetentionResult plan(Map<ModelVersionId, Map<String, Double>> versions,
                                       Collection<ModelVersionId> aliased, ModelVersionId rollbackTarget,
                                       RetentionPolicy policy) {
        return plan(versions, aliased, rollbackTarget, List.of(), policy);
    }

    /**
     * @param versions       every version with its metrics, in any order
     * @param aliased        versions any alias points at
     * @param rollbackTarget the version rollback would return to, or null
     * @param everActive     versions that were active at some time (protected when the policy keeps them)
     * @param policy         the retention policy
     * @return what to delete and keep
     */
    public static RetentionResult plan(Map<ModelVersionId, Map<String, Double>> versions,
                                       Collection<ModelVersionId> aliased, ModelVersionId rollbackTarget,
                                       Collection<ModelVersionId> everActive, RetentionPolicy policy) {
        List<ModelVersionId> newestFirst = new ArrayList<>(versions.keySet());
        newestFirst.sort(Comparator.reverseOrder());
        Set<ModelVersionId> protectedIds = new LinkedHashSet<>();
        for (ModelVersionId id : aliased) {
            if (versions.containsKey(id)) {
                protectedIds.add(id);
            }
        }
        if (rollbackTarget != null && versions.containsKey(rollbackTarget)) {
            protectedIds.add(rollbackTarget);
        }
        best(versions, policy.bestMetric(), policy.bestDirection()).ifPresent(protectedIds::add);
        if (policy.keepEverActive()) {
            for (ModelVersionId id : everActive) {
                if (versions.containsKey(id)) {
                    protectedIds.add(id);
                }
            }
        }

        int room = Math.max(0, policy.keepAtMost() - protectedIds.size());
        List<ModelVersionId> kept = new ArrayList<>();
        List<ModelVersionId> deleted = new ArrayList<>();
        for (ModelVersionId id : newestFirst) {
            if (protectedIds.contains(id)) {
                kept.add(id);
            } else if (room > 0) {
                kept.add(id);
                room--;
            } else {
                deleted.add(id);
            }
        }
        kept.sort(Comparator.naturalOrder());
        deleted.sort(Comparator.naturalOrder());
        return new RetentionResult(deleted, kept, protectedIds);
    }

    /** @return the version with the best finite value of {@code metric}; ties go to the newest */
    public static Optional<ModelVersionId> best(Map<ModelVersionId, Map<String, Double>> versions, String metric,
                                                MetricDirection direction) {
        ModelVersionId bestId = null;
        double bestValue = Double.NaN;
        List<ModelVersionId> oldestFirst = new ArrayList<>(versions.keySet());
        oldestFirst.sort(Comparator.naturalOrder());
        for (ModelVersionId id : oldestFirst) {
            Double v = versions.get(id).get(metric);
            if (v == null || !Double.isFinite(v)) {
                continue;
            }
            if (bestId == null || !direction.better(bestValue, v)) {
                bestId = id;
                bestValue = v;
            }
        }
        return Optional.ofNullable(bestId);
    }
}
