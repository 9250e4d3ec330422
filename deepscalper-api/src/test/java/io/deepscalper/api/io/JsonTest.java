package io.deepscalper.api.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static final Instant AT = Instant.parse("2026-01-02T14:30:00Z");

    record Stamp(Instant at) {
    }

    record Named(String name) {
    }

    @Test
    void thePlainMapperHasJacksonsDefaults() throws Exception {
        ObjectMapper json = Json.mapper();
        assertThat(json.writeValueAsString(Map.of("a", 1))).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> json.writeValueAsString(new Stamp(AT))).isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\":\"x\",\"extra\":1}", Named.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void theTimeMappersWriteIsoInstants() throws Exception {
        assertThat(Json.timeMapper().writeValueAsString(new Stamp(AT))).isEqualTo("{\"at\":\"2026-01-02T14:30:00Z\"}");
        assertThat(Json.timeMapper().readValue("{\"at\":\"2026-01-02T14:30:00Z\"}", Stamp.class).at()).isEqualTo(AT);
        assertThat(lf(Json.prettyTimeMapper().writeValueAsString(new Stamp(AT))))
                .isEqualTo("{\n  \"at\" : \"2026-01-02T14:30:00Z\"\n}");
        assertThat(Json.strictPrettyTimeMapper().writeValueAsString(new Stamp(AT)))
                .isEqualTo(Json.prettyTimeMapper().writeValueAsString(new Stamp(AT)));
    }

    @Test
    void onlyTheArchiveMapperIgnoresUnknownPropertiesAndSortsMapKeys() throws Exception {
        String withExtra = "{\"name\":\"x\",\"extra\":1}";
        for (ObjectMapper strict : new ObjectMapper[] {Json.timeMapper(), Json.prettyTimeMapper(),
                Json.strictPrettyTimeMapper()}) {
            assertThatThrownBy(() -> strict.readValue(withExtra, Named.class))
                    .isInstanceOf(UnrecognizedPropertyException.class);
        }
        assertThat(Json.archiveMapper().readValue(withExtra, Named.class).name()).isEqualTo("x");

        Map<String, Object> unordered = new LinkedHashMap<>();
        unordered.put("b", 1);
        unordered.put("a", AT);
        assertThat(lf(Json.archiveMapper().writeValueAsString(unordered)))
                .isEqualTo("{\n  \"a\" : \"2026-01-02T14:30:00Z\",\n  \"b\" : 1\n}");
        assertThat(lf(Json.prettyTimeMapper().writeValueAsString(unordered))).startsWith("{\n  \"b\"");
    }

    record Typed(int count, double rate, boolean on, String name, Instant at) {
    }

    @Test
    void theStrictMappersRefuseWhatJacksonWouldSilentlyCoerce() throws Exception {
        String valid = "{\"count\":64,\"rate\":1,\"on\":true,\"name\":\"x\",\"at\":\"2026-01-02T14:30:00Z\"}";
        for (ObjectMapper strict : new ObjectMapper[] {Json.strictPrettyTimeMapper(), Json.strictTimeMapper()}) {
            Typed t = strict.readValue(valid, Typed.class);
            assertThat(t).isEqualTo(new Typed(64, 1.0, true, "x", AT));
            for (String bad : new String[] {
                    valid + " garbage",
                    valid + "{}",
                    valid.replace("\"count\":64", "\"count\":64,\"count\":65"),
                    valid.replace("\"rate\":1", "\"rate\":null"),
                    valid.replace("\"count\":64", "\"count\":null"),
                    valid.replace("\"count\":64", "\"count\":2.5"),
                    valid.replace("\"count\":64", "\"count\":64.0"),
                    valid.replace("\"count\":64", "\"count\":\"64\""),
                    valid.replace("\"rate\":1", "\"rate\":\"1.5\""),
                    valid.replace("\"on\":true", "\"on\":\"true\""),
                    valid.replace("\"on\":true", "\"on\":1"),
                    valid.replace("\"name\":\"x\"", "\"name\":5"),
                    valid.replace("\"count\":64", "\"count\":\"\"")}) {
                assertThatThrownBy(() -> strict.readValue(bad, Typed.class)).as(bad)
                        .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
                assertThatThrownBy(() -> strict.treeToValue(strict.readTree(bad), Typed.class)).as("tree " + bad)
                        .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
            }
        }
        // the lenient default mapper accepts them, which is why configuration uses the strict one
        assertThat(Json.timeMapper().readValue(valid.replace("\"count\":64", "\"count\":\"64\""), Typed.class)
                .count()).isEqualTo(64);
        assertThat(Json.strictMapper().readTree("{\"a\":1}").get("a").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> Json.strictMapper().readTree("{\"a\":1,\"a\":2}"))
                .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
        assertThatThrownBy(() -> Json.strictMapper().readTree("{\"a\":1} x"))
                .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
    }

    /** Jackson's pretty printer ends lines the platform's way. */
    private static String lf(String s) {
        return s.replace(System.lineSeparator(), "\n");
    }

    @Test
    void everyCallReturnsAFreshMapper() {
        assertThat(Json.mapper()).isNotSameAs(Json.mapper());
        assertThat(Json.archiveMapper()).isNotSameAs(Json.archiveMapper());
    }
}
