package io.deepscalper.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.io.Json;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderOptionsTest {

    @Test
    void parsesCommandLinePairsAndConvertsTypes() {
        ProviderOptions o = ProviderOptions.parse(List.of("dir=/data/bars", "seed=7", "jumps=0.5",
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
        ProviderOptions o = ProviderOptions.of(Map.of("seed", "x", "rate", "NaN", "url", "ftp://a", "flag", "yes"));
        assertThatThrownBy(() -> o.getLong("seed", 0)).hasMessageContaining("'seed' must be a whole number");
        assertThatThrownBy(() -> o.getDouble("rate", 0)).hasMessageContaining("'rate' must be a finite number");
        assertThatThrownBy(() -> o.getUri("url", null)).hasMessageContaining("'url' must be an http(s) URL");
        assertThatThrownBy(() -> o.getBoolean("flag", false)).hasMessageContaining("true or false");
        assertThatThrownBy(() -> o.getPath("dir")).hasMessageContaining("'dir' is required");
        assertThatThrownBy(() -> ProviderOptions.parse(List.of("novalue")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("key=value");
    }

    @Test
    void integersAreCheckedAgainstTheirRangeAndNameTheOptionAsKey() {
        ProviderOptions o = ProviderOptions.of(Map.of("port", "70000", "batchSize", "zero", "every", "5"));
        assertThat(o.getInt("every", 1, 1, 100)).isEqualTo(5);
        assertThat(o.getInt("absent", 9)).isEqualTo(9);
        assertThatThrownBy(() -> o.getInt("port", 0, 0, 65_535)).isInstanceOf(InvalidConfigException.class)
                .hasMessage("option 'port' must be a whole number in [0, 65535] but was '70000'")
                .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo("port"));
        assertThatThrownBy(() -> o.getInt("batchSize", 1)).hasMessage("option 'batchSize' must be a whole number but was 'zero'");
    }

    @Test
    void unknownOptionListsTheKnownOnes() {
        ProviderOptions o = ProviderOptions.of(Map.of("dri", "/x"));
        assertThatThrownBy(() -> o.requireOnly("csv", Set.of("dir", "gzip")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("provider 'csv' has no option 'dri'").hasMessageContaining("[dir, gzip]");
    }

    @Test
    void roundTripsThroughJsonAsAPlainObject() throws Exception {
        ObjectMapper json = Json.mapper();
        ProviderOptions o = ProviderOptions.of(Map.of("dir", "/d", "seed", "3"));
        String text = json.writeValueAsString(o);
        assertThat(text).isEqualTo("{\"dir\":\"/d\",\"seed\":\"3\"}");
        assertThat(json.readValue(text, ProviderOptions.class)).isEqualTo(o);
        assertThat(o.with("seed", "4").getLong("seed", 0)).isEqualTo(4);
    }
}
