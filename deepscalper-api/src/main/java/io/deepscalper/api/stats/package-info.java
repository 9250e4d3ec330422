/** Small streaming statistics shared by monitoring and the retraining triggers (no engine, no I/O). */
package io.deepscalper.api.stats;
