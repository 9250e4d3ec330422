package io.deepscalper.api.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.nn.ParameterInit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterCodecTest {
    private static final NetworkConfig SMALL = new NetworkConfig(7, List.of(5, 4), 3, 2, 4, 3);

    @Test
    void roundTripsConfigAndParametersThroughAFile(@TempDir Path dir) throws Exception {
        ParameterSet p = ParameterInit.kaimingUniform(SMALL, 42);
        Path file = dir.resolve("model.params");
        ParameterCodec.write(file, SMALL, p);
        ParameterCodec.Snapshot s = ParameterCodec.read(file);
        assertThat(s.config()).isEqualTo(SMALL);
        assertThat(s.parameters()).isEqualTo(p);
        assertThat(s.parameters().names()).isEqualTo(new ParameterLayout(SMALL).canonicalNames());
        assertThat(Files.list(dir)).hasSize(1); // no temp file left behind
    }

    @Test
    void anyFlippedByteIsDetected() {
        byte[] bytes = ParameterCodec.encode(SMALL, ParameterInit.kaimingUniform(SMALL, 1));
        for (int i : new int[] {0, 9, 20, bytes.length / 2, bytes.length - 40, bytes.length - 1}) {
            byte[] bad = bytes.clone();
            bad[i] ^= 0x10;
            assertThatThrownBy(() -> ParameterCodec.decode(bad)).isInstanceOf(CorruptParameterFileException.class);
        }
    }

    @Test
    void truncatedFileSaysSo(@TempDir Path dir) throws Exception {
        byte[] bytes = ParameterCodec.encode(SMALL, ParameterInit.kaimingUniform(SMALL, 1));
        Path file = dir.resolve("m.params");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThatThrownBy(() -> ParameterCodec.read(file)).isInstanceOf(CorruptParameterFileException.class)
                .hasMessageContaining("m.params").hasMessageContaining("truncated");
    }

    @Test
    void refusesParametersThatDoNotMatchTheConfig() {
        ParameterSet p = ParameterInit.kaimingUniform(SMALL, 1);
        assertThatThrownBy(() -> ParameterCodec.encode(SMALL.withInputSize(8), p))
                .hasMessageContaining("trunk.0.weight").hasMessageContaining("[5, 7]").hasMessageContaining("[5, 8]");
    }

    @Test
    void sameSeedGivesIdenticalInitialisationAndDefaultsMatchTheDocumentedCount() {
        assertThat(ParameterInit.kaimingUniform(SMALL, 3)).isEqualTo(ParameterInit.kaimingUniform(SMALL, 3));
        assertThat(ParameterInit.kaimingUniform(SMALL, 3)).isNotEqualTo(ParameterInit.kaimingUniform(SMALL, 4));
        NetworkConfig original = NetworkConfig.defaults(1323);
        ParameterSet p = ParameterInit.kaimingUniform(original, 0);
        assertThat(p.scalarCount()).isEqualTo(original.parameterCount());
        double bound = 1 / Math.sqrt(1323);
        for (float f : p.get("trunk.0.weight").data()) {
            assertThat((double) Math.abs(f)).isLessThanOrEqualTo(bound);
        }
        assertThat(p.get("price.1.weight").shape()).containsExactly(21, 256);
        assertThat(p.get("aux.0.weight").shape()).containsExactly(128, 256);
    }
}
