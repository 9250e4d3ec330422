package io.deepscalper.monitoring.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Which training rows a query returns: those of one run, of one model version, both, or all.
 *
 * @param runId        a run id ({@code training_metrics.run_id}), or null for any run
 * @param modelVersion a registry version ({@code training_metrics.model_version}), or null for any version
 */
public record TrainingFilter(String runId, String modelVersion) {
    private static final TrainingFilter ALL = new TrainingFilter(null, null);

    /** Rejects blank ids, which would silently match nothing. */
    public TrainingFilter {
        if (runId != null && runId.isBlank() || modelVersion != null && modelVersion.isBlank()) {
            throw new IllegalArgumentException("a run id or model version to filter by must not be blank");
        }
    }

    /** @return the filter that keeps every row */
    public static TrainingFilter all() {
        return ALL;
    }

    /** @return rows of run {@code runId} only */
    public static TrainingFilter run(String runId) {
        return new TrainingFilter(runId, null);
    }

    /** @return rows that produced or continued {@code modelVersion} only */
    public static TrainingFilter version(String modelVersion) {
        return new TrainingFilter(null, modelVersion);
    }

    /** @return true when it keeps every row */
    public boolean isAll() {
        return runId == null && modelVersion == null;
    }

    /** @return an SQL condition ({@code 1 = 1} for all) with {@link #arguments()} for its placeholders */
    String where() {
        StringBuilder sb = new StringBuilder("1 = 1");
        if (runId != null) {
            sb.append(" AND run_id = ?");
        }
        if (modelVersion != null) {
            sb.append(" AND model_version = ?");
        }
        return sb.toString();
    }

    /** @return the values of the placeholders of {@link #where()}, in order */
    List<String> arguments() {
        List<String> a = new ArrayList<>(2);
        if (runId != null) {
            a.add(runId);
        }
        if (modelVersion != null) {
            a.add(modelVersion);
        }
        return a;
    }
}
