/**
 * Scale-free features of a bar series (returns, moving averages, Bollinger bands, ...) as a column-major matrix, shared by the environment and the drift checks.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.api.features;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
