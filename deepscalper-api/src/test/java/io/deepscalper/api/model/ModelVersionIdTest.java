package io.deepscalper.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelVersionIdTest {

    @Test
    void idIsTheUtcCreationSecond() {
        ModelVersionId id = ModelVersionId.forInstant(Instant.parse("2026-01-02T15:30:07.900Z"));
        assertThat(id.value()).isEqualTo("v_20260102_153007");
        assertThat(id.withSuffix(2).value()).isEqualTo("v_20260102_153007_2");
        assertThat(id.withSuffix(2).base()).isEqualTo(id.value());
        assertThat(id.withSuffix(12).suffix()).isEqualTo(12);
        assertThat(id.suffix()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../v_20260102_153007", "v_20260102_153007/../../etc", "/tmp/x",
            "v_20260102_153007_1", "v_20260102_153007_0", "v_2026010_153007", "V_20260102_153007",
            "v_20260102_153007 ", "v_20260102_153007\u0000", "active/..", "v_20260102_153007_02"})
    void rejectsAnythingThatIsNotAnIdIncludingPathTraversal(String text) {
        assertThatThrownBy(() -> ModelVersionId.parse(text))
                .isInstanceOf(InvalidVersionIdException.class)
                .hasMessageContaining("v_YYYYMMDD_HHMMSS");
    }

    @Property
    void idsAreSingleSafePathSegments(@ForAll String text) {
        if (ModelVersionId.isValid(text)) {
            assertThat(text).matches("[v_0-9]+").doesNotContain("..").doesNotContain("/");
        }
    }

    @Test
    void sortsChronologicallyWithSuffixesAfterTheirBase() {
        ModelVersionId a = ModelVersionId.parse("v_20260102_153007");
        ModelVersionId b = a.withSuffix(2);
        ModelVersionId c = a.withSuffix(10);
        ModelVersionId d = ModelVersionId.parse("v_20260102_153008");
        List<ModelVersionId> ids = new ArrayList<>(List.of(d, c, a, b));
        Collections.sort(ids);
        assertThat(ids).containsExactly(a, b, c, d);
    }

    @Test
    void referencesAcceptAliasesLatestAndIds() {
        assertThat(ModelRef.parse("ACTIVE").alias()).contains(Alias.ACTIVE);
        assertThat(ModelRef.parse("latest").isLatest()).isTrue();
        assertThat(ModelRef.parse("v_20260102_153007").id()).contains(ModelVersionId.parse("v_20260102_153007"));
        assertThatThrownBy(() -> ModelRef.parse("../active")).isInstanceOf(InvalidVersionIdException.class)
                .hasMessageContaining("latest");
    }
}
