package io.deepscalper.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says which version each evaluation belongs to, as {@code forVersion}. A row that names its version keeps it.
 * The evaluations made during training (the trainer's periodic ones, the only ones with the four baselines)
 * are stored without a version, because the version does not exist yet; since one trainer runs per directory
 * and its steps are sequential, they belong to the version whose first evaluation comes next: the run that
 * produced it registered it and evaluated it right after training. Rows after the last registration belong to
 * the run still in progress ({@code forVersion} null, {@code inTraining} true).
 */
final class EvaluationAttribution {
    private EvaluationAttribution() {
    }

    /** @param rows evaluations oldest first (by id), as {@link MetricsQueries#evaluations()} returns them */
    static List<Map<String, Object>> attribute(List<Map<String, Object>> rows) {
        Set<Object> seen = new HashSet<>();
        List<Map<String, Object>> pending = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Object version = r.get("version");
            if (version == null) {
                pending.add(r);
                continue;
            }
            r.put("forVersion", version);
            r.put("inTraining", false);
            if (seen.add(version)) {
                for (Map<String, Object> p : pending) {
                    p.put("forVersion", version);
                    p.put("inTraining", false);
                }
                pending.clear();
            }
        }
        for (Map<String, Object> p : pending) {
            p.put("forVersion", null);
            p.put("inTraining", true);
        }
        return rows;
    }
}
