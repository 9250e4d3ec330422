/**
 * Early stopping of bad trials by successive halving on validation results at checkpoints.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.tuning.schedule;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
