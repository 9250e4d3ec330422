/**
 * The DQN learner's configuration and losses: the branching temporal-difference loss with the hindsight bonus and the auxiliary volatility task.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.core.dqn;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
