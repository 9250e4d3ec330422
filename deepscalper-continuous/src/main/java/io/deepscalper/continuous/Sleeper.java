package io.deepscalper.continuous;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits between orchestrator cycles. The real sleeper waits on the wall clock in short slices so that
 * a stop or a queued command is seen within a second; a test's sleeper advances a fake clock instead,
 * so that days of schedule run in seconds.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits up to {@code duration}, returning early when {@code wakeUp} becomes true.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration, BooleanSupplier wakeUp) throws InterruptedException;

    /** @return a sleeper that waits on {@code clock} in slices of at most 250 ms */
    static Sleeper realTime(Clock clock) {
        return (duration, wakeUp) -> {
            long end = clock.millis() + duration.toMillis();
            while (!wakeUp.getAsBoolean()) {
                long left = end - clock.millis();
                if (left <= 0) {
                    return;
                }
                Thread.sleep(Math.min(250, left));
            }
        };
    }
}
