package io.deepscalper.monitoring.store;

import java.nio.file.Path;

/**
 * Child-JVM writer for the cross-process tests: logs updates with steps 0, 1, 2, ... in batches and
 * prints {@code COMMITTED <n>} after each batch has been committed, so that the parent knows which rows
 * must survive a kill -9. Runs until it has written {@code maxRows} or is killed.
 *
 * <p>Arguments: database path, batch size, pause between batches in milliseconds, maximum rows.
 */
public final class StoreWriterChild {
    private StoreWriterChild() {
    }

    /** Entry point of the child JVM. */
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int batch = Integer.parseInt(args[1]);
        long pauseMillis = Long.parseLong(args[2]);
        long maxRows = Long.parseLong(args[3]);
        try (MetricsStore store = MetricsStore.open(db, StoreConfig.builder().batchSize(batch)
                .flushIntervalMillis(0).build())) {
            System.out.println("READY");
            System.out.flush();
            for (long step = 0; step < maxRows; step++) {
                store.logUpdate(Events.update(step));
                if ((step + 1) % batch == 0) {
                    // logUpdate committed the full batch before returning
                    System.out.println("COMMITTED " + (step + 1));
                    System.out.flush();
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            }
        }
        System.out.println("DONE");
    }
}
