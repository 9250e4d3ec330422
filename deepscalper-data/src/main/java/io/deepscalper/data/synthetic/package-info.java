/** The {@code synthetic} data source: a seeded intraday market simulator. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.synthetic;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
