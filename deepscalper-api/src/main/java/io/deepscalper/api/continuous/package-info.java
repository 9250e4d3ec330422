/**
 * Engine-free types of the continuous-training loop that plug-ins see: its config, the performance signal and trend a trigger reads, and a retrain request.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.api.continuous;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
