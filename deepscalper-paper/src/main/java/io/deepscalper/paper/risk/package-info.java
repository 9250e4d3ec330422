/**
 * Risk limits enforced outside the model on every order: maximum position, the daily-loss kill switch, the order rate and trading hours, each breach with its reason.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.paper.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
