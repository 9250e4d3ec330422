package io.deepscalper.continuous;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM shutdown hook (SIGTERM, Ctrl-C) that asks the training loop to stop and then waits, up to a
 * grace period, for it to finish its step, write its checkpoint and release the working directory's lock.
 */
final class GracefulShutdownHook {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdownHook.class);

    private GracefulShutdownHook() {
    }

    /**
     * @param requestStop asks the loop to stop after its current step
     * @param closed      counted down once the loop has checkpointed and released its lock
     * @param grace       how long the hook waits before letting the JVM exit anyway
     * @return the registered hook thread, for removal in tests
     */
    static Thread install(Runnable requestStop, CountDownLatch closed, Duration grace) {
        Thread hook = new Thread(() -> {
            requestStop.run();
            try {
                if (!closed.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Trainer did not stop within {}; exiting anyway (it resumes from its last checkpoint)",
                            grace);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "deepscalper-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }
}
