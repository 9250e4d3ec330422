package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DashboardOptionsTest {
    private static final Path DIR = Path.of("some", "workdir");

    @Test
    void loopbackIsTheDefaultAndIsRecognised() {
        DashboardOptions o = DashboardOptions.loopback(DIR, 0);
        assertThat(o.bind()).isEqualTo("127.0.0.1");
        assertThat(o.isLoopback()).isTrue();
        assertThat(new DashboardOptions(DIR, "localhost", 1).isLoopback()).isTrue();
        assertThat(new DashboardOptions(DIR, "::1", 1).isLoopback()).isTrue();
        assertThat(new DashboardOptions(DIR, "0.0.0.0", 1).isLoopback()).isFalse();
        assertThat(o.workdir()).isAbsolute();
    }

    @Test
    void aPortOutsideTheTcpRangeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> DashboardOptions.loopback(DIR, 65536)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("dashboard.port").hasMessageContaining("65536");
        assertThatThrownBy(() -> DashboardOptions.loopback(DIR, -1)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("dashboard.port");
    }

    @Test
    void anAddressThatDoesNotResolveIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new DashboardOptions(DIR, "no-such-host.invalid", 7070))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("dashboard.bind")
                .hasMessageContaining("no-such-host.invalid");
        assertThatThrownBy(() -> new DashboardOptions(DIR, " ", 7070)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("dashboard.bind");
    }

    @Test
    void aTakenPortIsAClearError() {
        try (DashboardServer first = DashboardServer.start(DashboardOptions.loopback(DIR, 0))) {
            assertThatThrownBy(() -> DashboardServer.start(DashboardOptions.loopback(DIR, first.port())))
                    .isInstanceOf(DashboardException.class).hasMessageContaining("127.0.0.1:" + first.port())
                    .hasMessageContaining("--port");
        }
    }
}
