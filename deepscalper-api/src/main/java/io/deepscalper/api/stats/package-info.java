/** Small streaming statistics shared by monitoring and the retraining triggers (no engine, no I/O). */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.api.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
