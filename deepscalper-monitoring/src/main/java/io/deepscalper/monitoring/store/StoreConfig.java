package io.deepscalper.monitoring.store;

import io.deepscalper.api.config.ConfigChecks;

/**
 * Settings of a {@link MetricsStore}. Validated on construction.
 *
 * @param batchSize           rows buffered before a write transaction is forced; larger batches write faster,
 *                            smaller ones are visible to readers sooner
 * @param flushIntervalMillis a background flush runs this often, so that a reader sees rows within about this
 *                            long even when training is slow; 0 turns the background flush off
 * @param busyTimeoutMillis   how long a statement waits for a lock held by another process before failing
 */
public record StoreConfig(int batchSize, long flushIntervalMillis, int busyTimeoutMillis) {

    /** Checks ranges with messages naming the field. */
    public StoreConfig {
        ConfigChecks.inRange("store.batchSize", batchSize, 1, 1_000_000);
        ConfigChecks.require(flushIntervalMillis >= 0, "store.flushIntervalMillis", flushIntervalMillis,
                ">= 0 (0 = no background flush)");
        ConfigChecks.atLeast("store.busyTimeoutMillis", busyTimeoutMillis, 0);
    }

    /** @return batches of 4096 rows, a flush every second, a 5 s busy timeout */
    public static StoreConfig defaults() {
        return new StoreConfig(4096, 1000, 5000);
    }

    /** @return a builder starting from {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link StoreConfig}. */
    public static final class Builder {
        private int batchSize = 4096;
        private long flushIntervalMillis = 1000;
        private int busyTimeoutMillis = 5000;

        private Builder() {
        }

        /** @param v rows per write transaction */
        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        /** @param v background flush period, 0 for none */
        public Builder flushIntervalMillis(long v) {
            flushIntervalMillis = v;
            return this;
        }

        /** @param v lock wait in milliseconds */
        public Builder busyTimeoutMillis(int v) {
            busyTimeoutMillis = v;
            return this;
        }

        /** @return the validated config */
        public StoreConfig build() {
            return new StoreConfig(batchSize, flushIntervalMillis, busyTimeoutMillis);
        }
    }
}
