/** The {@code csv} data source: a directory of bar CSV files, optionally gzipped. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
