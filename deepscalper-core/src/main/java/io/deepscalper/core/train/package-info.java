/** Training: config, the learner loop, listeners, checkpoints. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.core.train;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
