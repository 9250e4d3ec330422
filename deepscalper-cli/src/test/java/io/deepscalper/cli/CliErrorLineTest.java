package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line {@code error:} names the root cause and the real problem (issue 19.6 and 19.7). */
class CliErrorLineTest {
    @TempDir
    Path dir;

    @Test
    void theErrorLineCarriesTheRootCause() {
        IOException disk = new IOException("No space left on device");
        RuntimeException ex = new IllegalStateException("could not write checkpoint",
                new UncheckedIOException("write of checkpoint.bin failed", disk));
        assertThat(DeepScalperCli.oneLine(ex)).isEqualTo("could not write checkpoint (cause: No space left on device)");
        // a message that already names its cause is not repeated
        RuntimeException named = new IllegalStateException("disk: No space left on device", disk);
        assertThat(DeepScalperCli.oneLine(named)).isEqualTo("disk: No space left on device");
        assertThat(DeepScalperCli.oneLine(new IllegalStateException("plain"))).isEqualTo("plain");
    }

    @Test
    void aWorkdirThatIsAFileIsNamedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        for (String command : new String[] {"status", "models"}) {
            Cli.Result r = Cli.run(file, command);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("is a file, not a directory").doesNotContain("does not exist");
        }
    }
}
