package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EvaluationAttributionTest {
    @Test
    void trainingEvaluationsBelongToTheVersionRegisteredAfterThemNotToTheReEvaluatedChampion() {
        // cycle 1: two evaluations while training, then v1's gate evaluation; cycle 2: two more while training,
        // the champion v1 re-evaluated, then v2's; then a run still in training
        List<Map<String, Object>> rows = rows(null, null, "v1", null, null, "v1", "v2", null);
        EvaluationAttribution.attribute(rows);
        assertThat(rows.stream().map(r -> r.get("forVersion")).toList())
                .containsExactly("v1", "v1", "v1", "v2", "v2", "v1", "v2", null);
        assertThat(rows.get(7).get("inTraining")).isEqualTo(true);
        assertThat(rows.get(0).get("inTraining")).isEqualTo(false);
    }

    /** Whatever the order, a row that names a version keeps it, and every other row goes to a later first naming. */
    @Property(tries = 200)
    void aNamedVersionIsKeptAndAnUnnamedRowGoesToTheNextNewVersion(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 4) Integer> codes) {
        List<String> versions = new ArrayList<>();
        for (Integer c : codes) {
            versions.add(c == 0 ? null : "v" + c);
        }
        List<Map<String, Object>> rows = rows(versions.toArray(String[]::new));
        EvaluationAttribution.attribute(rows);
        for (int i = 0; i < rows.size(); i++) {
            String v = versions.get(i);
            Object got = rows.get(i).get("forVersion");
            if (v != null) {
                assertThat(got).isEqualTo(v);
                continue;
            }
            int next = -1;
            for (int j = i + 1; j < versions.size() && next < 0; j++) {
                if (versions.get(j) != null && !versions.subList(0, j).contains(versions.get(j))) {
                    next = j;
                }
            }
            assertThat(got).isEqualTo(next < 0 ? null : versions.get(next));
            assertThat(rows.get(i).get("inTraining")).isEqualTo(next < 0);
        }
    }

    private static List<Map<String, Object>> rows(String... versions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String v : versions) {
            Map<String, Object> r = new HashMap<>();
            r.put("version", v);
            out.add(r);
        }
        return out;
    }
}
