/** The DJL (PyTorch engine) implementation of the Q-network and its learner. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.core.nn.djl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
