/** The crash-safe, size-bounded on-disk bar cache and its documented file format. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.cache;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
