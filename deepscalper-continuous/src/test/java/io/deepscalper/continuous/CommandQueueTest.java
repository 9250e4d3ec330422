package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.RetrainRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandQueueTest {
    @TempDir
    Path dir;

    @Test
    void commandsComeOutInSubmissionOrderOnce() {
        CommandQueue q = new CommandQueue(dir);
        q.submit(TrainerCommand.retrain(new RetrainRequest(true, "SPY", Instant.EPOCH, "alice")));
        q.submit(TrainerCommand.stop("maintenance"));
        assertThat(q.peek()).hasSize(2);
        List<TrainerCommand> got = new CommandQueue(dir).drain();
        assertThat(got).extracting(TrainerCommand::type)
                .containsExactly(TrainerCommand.Type.RETRAIN, TrainerCommand.Type.STOP);
        assertThat(got.get(0).retrain().full()).isTrue();
        assertThat(got.get(0).retrain().symbol()).isEqualTo("SPY");
        assertThat(got.get(1).reason()).isEqualTo("maintenance");
        assertThat(q.drain()).isEmpty();
    }

    @Test
    void aBadFileIsMovedAsideAndDoesNotBlockTheQueue() throws Exception {
        CommandQueue q = new CommandQueue(dir);
        Files.createDirectories(q.directory());
        Files.writeString(q.directory().resolve("00000000000000000000-000000-1-retrain.json"), "{\"type\":\"RETRAIN\"");
        q.submit(TrainerCommand.stop("x"));
        assertThat(q.drain()).extracting(TrainerCommand::type).containsExactly(TrainerCommand.Type.STOP);
        assertThat(q.directory().resolve("rejected/00000000000000000000-000000-1-retrain.json")).exists();
    }
}
