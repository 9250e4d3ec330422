/** The {@code yahoo} data source: Yahoo Finance v8 chart API over Java's HttpClient, parsed with Jackson. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.yahoo;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
