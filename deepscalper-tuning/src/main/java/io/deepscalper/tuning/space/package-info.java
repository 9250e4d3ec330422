/**
 * The search space: parameters over {@code env.*} and {@code train.*} fields (uniform, log-uniform, integer, choice), read from JSON and validated, and applied to the base settings.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.tuning.space;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
