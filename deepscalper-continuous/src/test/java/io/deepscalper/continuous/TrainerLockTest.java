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

    @Test
    void aPidFileNamingALiveProcessWithAnotherStartTimeIsStale() throws Exception {
        // a reused pid: the process is alive, but it is not the trainer that wrote the file
        Files.writeString(dir.resolve(TrainerLock.PID_FILE), ProcessHandle.current().pid() + " 12345\n");
        assertThat(TrainerLock.runningTrainer(dir)).isEmpty();
        Files.writeString(dir.resolve(TrainerLock.PID_FILE), "garbage\n");
        assertThat(TrainerLock.runningTrainer(dir)).isEmpty();
    }

    /**
     * Issue 19.2: a status probe beside a starting trainer must never make the start fail. 1,000 acquire and
     * release rounds while another thread probes as fast as it can; before the fix the probe briefly took the
     * lock and made such starts fail with "a trainer already runs".
     */
    @Test
    void probesBesideAThousandStartsCauseNoSpuriousAlreadyRuns() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong probes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong sawRunning = new java.util.concurrent.atomic.AtomicLong();
        Thread prober = new Thread(() -> {
            while (!done.get()) {
                if (TrainerLock.runningTrainer(dir).isPresent()) {
                    sawRunning.incrementAndGet();
                }
                probes.incrementAndGet();
            }
        });
        prober.start();
        int spurious = 0;
        try {
            for (int i = 0; i < 1_000; i++) {
                try (TrainerLock lock = TrainerLock.acquire(dir)) {
                    assertThat(lock.workdir()).isEqualTo(dir);
                } catch (TrainerAlreadyRunningException e) {
                    spurious++;
                }
            }
        } finally {
            done.set(true);
            prober.join();
        }
        System.out.printf("TrainerLock stress: 1000 starts, %d probes (%d saw the trainer), %d spurious refusals%n",
                probes.get(), sawRunning.get(), spurious);
        assertThat(probes.get()).isPositive();
        assertThat(spurious).isZero();
    }
}
