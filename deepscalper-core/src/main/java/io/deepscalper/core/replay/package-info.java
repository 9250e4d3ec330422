/** Compact proportional prioritized replay: sum tree, transitions without observations, reused batches. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.core.replay;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
