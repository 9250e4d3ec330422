/**
 * Training events and the listener that receives them, how a training run ended, and the control a listener may use to stop a run.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.api.train;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
