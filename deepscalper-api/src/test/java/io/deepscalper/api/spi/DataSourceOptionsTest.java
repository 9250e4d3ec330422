package io.deepscalper.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSourceOptionsTest {

    @Test
    void parsesCommandLinePairsAndConvertsTypes() {
        DataSourceOptions o = DataSourceOptions.parse(List.of("dir=/data/bars", "seed=7", "jumps=0.5",
                "baseUrl=http://127.0.0.1:8080", "retryBackoff=PT0.5S", "gzip=true"));
        assertThat(o.getPath("dir")).isEqualTo(Path.of("/data/bars"));
        assertThat(o.getLong("seed", 1)).isEqualTo(7);
        assertThat(o.getLong("absent", 3)).isEqualTo(3);
        assertThat(o.getDouble("jumps", 0)).isEqualTo(0.5);
        assertThat(o.getUri("baseUrl", null)).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(o.getDuration("retryBackoff", null)).isEqualTo(Duration.ofMillis(500));
        assertThat(o.getBoolean("gzip", false)).isTrue();
    }

    @Test
    void badValuesNameTheOptionAndTheExpectedForm() {
        DataSourceOptions o = DataSourceOptions.of(Map.of("seed", "x", "rate", "NaN", "url", "ftp://a", "flag", "yes"));
        assertThatThrownBy(() -> o.getLong("seed", 0)).hasMessageContaining("'seed' must be a whole number");
        assertThatThrownBy(() -> o.getDouble("rate", 0)).hasMessageContaining("'rate' must be a finite number");
        assertThatThrownBy(() -> o.getUri("url", null)).hasMessageContaining("'url' must be an http(s) URL");
        assertThatThrownBy(() -> o.getBoolean("flag", false)).hasMessageContaining("true or false");
        assertThatThrownBy(() -> o.getPath("dir")).hasMessageContaining("'dir' is required");
        assertThatThrownBy(() -> DataSourceOptions.parse(List.of("novalue")))
                .isInstanceOf(InvalidDataSourceOptionException.class).hasMessageContaining("key=value");
    }

    @Test
    void unknownOptionListsTheKnownOnes() {
        DataSourceOptions o = DataSourceOptions.of(Map.of("dri", "/x"));
        assertThatThrownBy(() -> o.requireOnly("csv", Set.of("dir", "gzip")))
                .hasMessageContaining("no option 'dri'").hasMessageContaining("[dir, gzip]");
    }

    @Test
    void roundTripsThroughJsonAsAPlainObject() throws Exception {
        ObjectMapper json = Json.mapper();
        DataSourceOptions o = DataSourceOptions.of(Map.of("dir", "/d", "seed", "3"));
        String text = json.writeValueAsString(o);
        assertThat(text).isEqualTo("{\"dir\":\"/d\",\"seed\":\"3\"}");
        assertThat(json.readValue(text, DataSourceOptions.class)).isEqualTo(o);
        assertThat(o.with("seed", "4").getLong("seed", 0)).isEqualTo(4);
    }
}
