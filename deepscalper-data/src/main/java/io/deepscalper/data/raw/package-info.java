/** Unvalidated bar batches, as sources deliver them, for the quality checks to inspect and repair. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.raw;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
