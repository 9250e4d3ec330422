package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void commandAndStateFilesAreReadStrictly() throws Exception {
        CommandQueue q = new CommandQueue(dir);
        Files.createDirectories(q.directory());
        String valid = "{\"type\":\"STOP\",\"retrain\":null,\"reason\":\"x\"}";
        Files.writeString(q.directory().resolve("00000000000000000001-000000-1-stop.json"), valid);
        Files.writeString(q.directory().resolve("00000000000000000002-000000-1-stop.json"), valid + " {}");
        Files.writeString(q.directory().resolve("00000000000000000003-000000-1-stop.json"),
                valid.replace("\"reason\":\"x\"", "\"reason\":\"x\",\"reason\":\"y\""));
        assertThat(q.drain()).extracting(TrainerCommand::reason).containsExactly("x");
        assertThat(q.directory().resolve("rejected/00000000000000000002-000000-1-stop.json")).exists();
        assertThat(q.directory().resolve("rejected/00000000000000000003-000000-1-stop.json")).exists();

        new OrchestratorState(Instant.EPOCH, 2, 3).save(dir);
        assertThat(OrchestratorState.load(dir).cycles()).isEqualTo(3);
        Path state = dir.resolve(OrchestratorState.FILE);
        Files.writeString(state, Files.readString(state).replace("\"cycles\" : 3", "\"cycles\" : \"3\""));
        assertThatThrownBy(() -> OrchestratorState.load(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OrchestratorState.FILE);
    }

    @Test
    void aHandledCommandIsDeletedAndAClaimedOneIsInvisibleToOtherConsumers() throws Exception {
        CommandQueue q = new CommandQueue(dir);
        q.submit(TrainerCommand.stop("one"));
        List<String> seenByOther = new java.util.ArrayList<>();
        int handled = q.handle(c -> {
            // while the first consumer handles it, the file is claimed: nobody else gets it
            new CommandQueue(dir).handle(o -> seenByOther.add(o.reason()));
            assertThat(new CommandQueue(dir).peek()).isEmpty();
        });
        assertThat(handled).isEqualTo(1);
        assertThat(seenByOther).isEmpty();
        try (var files = Files.list(q.directory())) {
            assertThat(files).as("nothing left behind").isEmpty();
        }
    }

    @Test
    void staleStopsAreDiscardedAtStartWhileRetrainsStayQueuedAndClaimedOnesAreRequeued() throws Exception {
        CommandQueue q = new CommandQueue(dir);
        q.submit(TrainerCommand.stop("old stop"));
        Path retrain = q.submit(TrainerCommand.retrain(new RetrainRequest(false, null, Instant.EPOCH, "bob")));
        // a trainer that died while handling this one left it claimed
        Files.move(retrain, retrain.resolveSibling(retrain.getFileName() + ".claimed"));
        assertThat(q.discardStale(TrainerCommand.Type.STOP)).isEqualTo(1);
        assertThat(q.drain()).extracting(TrainerCommand::type).containsExactly(TrainerCommand.Type.RETRAIN);
    }
}
