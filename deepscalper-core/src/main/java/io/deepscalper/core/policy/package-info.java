/**
 * Policies behind one interface: the trained agent and the baselines flat, buy-and-hold, random and momentum.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.core.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
