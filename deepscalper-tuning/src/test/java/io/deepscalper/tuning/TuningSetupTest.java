package io.deepscalper.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job without the CLI (spark-submit) reads config.json the way the CLI does. */
class TuningSetupTest {

    @Test
    void missingSectionsTakeTheQuickStartProfile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"env\": {\"lookback\": 6, \"rewardScale\": 100}}");
        TuningSetup s = TuningSetup.fromConfigFile(dir.resolve("config.json"));
        assertThat(s.env().lookback()).isEqualTo(6);
        assertThat(s.train()).isEqualTo(QuickStartProfile.training());
        assertThat(s.data()).isEqualTo(QuickStartProfile.data());
        assertThat(s.gateSessions()).isEqualTo(QuickStartProfile.continuous().validationSessions());
        assertThat(TuningSetup.fromConfigFile(dir.resolve("absent.json")).env()).isEqualTo(QuickStartProfile.env());
    }

    @Test
    void aBadSectionIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"train\": {\"gamma\": 1.5}}");
        assertThatThrownBy(() -> TuningSetup.fromConfigFile(dir.resolve("config.json")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("section 'train'")
                .hasMessageContaining("train.gamma");
        Files.writeString(dir.resolve("config.json"), "{\"train\": {\"gama\": 0.5}}");
        assertThatThrownBy(() -> TuningSetup.fromConfigFile(dir.resolve("config.json")))
                .hasMessageContaining("gama");
    }
}
