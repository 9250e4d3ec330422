package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerLockTest {
    @TempDir
    Path dir;

    @Test
    void secondTrainerIsRefusedWithThePidAndTheFix() {
        assertThat(TrainerLock.runningTrainer(dir)).isEmpty();
        try (TrainerLock lock = TrainerLock.acquire(dir)) {
            long pid = ProcessHandle.current().pid();
            assertThat(TrainerLock.readPid(dir)).contains(pid);
            assertThat(TrainerLock.runningTrainer(dir)).contains(pid);
            assertThatThrownBy(() -> TrainerLock.acquire(dir)).isInstanceOf(TrainerAlreadyRunningException.class)
                    .hasMessageContaining("pid " + pid).hasMessageContaining("deepscalper stop");
        }
        assertThat(TrainerLock.runningTrainer(dir)).isEmpty();
        assertThat(Files.exists(dir.resolve(TrainerLock.PID_FILE))).isFalse();
        try (TrainerLock again = TrainerLock.acquire(dir)) {
            assertThat(again.workdir()).isEqualTo(dir);
        }
    }

    @Test
    void aStalePidFileFromACrashDoesNotBlock() throws Exception {
        Files.writeString(dir.resolve(TrainerLock.PID_FILE), "999999\n");
        Files.createFile(dir.resolve(TrainerLock.LOCK_FILE));
        assertThat(TrainerLock.runningTrainer(dir)).isEmpty();
        try (TrainerLock lock = TrainerLock.acquire(dir)) {
            assertThat(TrainerLock.readPid(dir)).contains(ProcessHandle.current().pid());
        }
    }
}
