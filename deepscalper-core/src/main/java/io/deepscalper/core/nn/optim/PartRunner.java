package io.deepscalper.core.nn.optim;

import java.util.concurrent.locks.LockSupport;

/**
 * Runs a task once per part, part 0 on the calling thread and every other part on its own long-lived daemon
 * thread, and returns when all parts are done. Nothing is allocated per run, so it suits work that repeats
 * every training update.
 *
 * <p>Why not an {@code ExecutorService}: a submission allocates a future per task and the pool's queue
 * hand-off costs more than the few hundred microseconds of vector loops being split here. Workers spin
 * briefly for the next run and then park, so they use no CPU between updates.
 *
 * <p>Only one thread may call {@link #run(Task)} at a time.
 */
public final class PartRunner implements AutoCloseable {
    /** A unit of work split into parts. */
    @FunctionalInterface
    public interface Task {
        /** @param part which part to run, {@code 0 <= part < parts()} */
        void run(int part);
    }

    /** Busy-wait iterations before parking; a few tens of microseconds. */
    private static final int SPINS = 20_000;

    private final Worker[] workers;
    private volatile boolean closed;

    /** @param parts number of parts, at least 1; {@code parts - 1} worker threads are started */
    public PartRunner(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1 but was " + parts);
        }
        this.workers = new Worker[parts - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(i + 1);
            workers[i].start();
        }
    }

    /** @return number of parts */
    public int parts() {
        return workers.length + 1;
    }

    /**
     * Runs {@code task} for every part and waits for all of them.
     *
     * @param task the work
     * @throws RuntimeException the first failure of any part (rethrown on the calling thread)
     */
    public void run(Task task) {
        if (closed) {
            throw new IllegalStateException("PartRunner was closed");
        }
        Thread caller = Thread.currentThread();
        for (Worker w : workers) {
            w.submit(task, caller);
        }
        Throwable failure = null;
        try {
            task.run(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Worker w : workers) {
            Throwable t = w.await();
            if (failure == null) {
                failure = t;
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            LockSupport.unpark(w);
        }
    }

    private final class Worker extends Thread {
        private final int part;
        private volatile Task task;
        private volatile Thread caller;
        private volatile long submitted;
        private volatile long completed;
        private volatile Throwable failure;

        Worker(int part) {
            super("deepscalper-part-" + part);
            this.part = part;
            setDaemon(true);
        }

        void submit(Task t, Thread from) {
            task = t;
            caller = from;
            failure = null;
            submitted++; // volatile write publishes task, caller and failure
            LockSupport.unpark(this);
        }

        Throwable await() {
            long target = submitted;
            int spins = 0;
            while (completed != target) {
                if (spins < SPINS) {
                    spins++;
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            return failure;
        }

        @Override
        public void run() {
            long seen = 0;
            while (!closed) {
                int spins = 0;
                while (submitted == seen && !closed) {
                    if (spins < SPINS) {
                        spins++;
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                }
                if (closed) {
                    return;
                }
                seen = submitted;
                try {
                    task.run(part);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                completed = seen; // volatile write publishes failure and the task's writes
                LockSupport.unpark(caller);
            }
        }
    }
}
