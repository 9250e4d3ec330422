/**
 * The paper-trading journal in {@code metrics.db}: decisions, orders, fills, session P&amp;L, risk breaches and run events, each with the model version, readable while the trader runs.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.paper.journal;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
