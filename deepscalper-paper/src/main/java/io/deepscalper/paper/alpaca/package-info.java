/**
 * The {@code alpaca} broker: Alpaca's paper-trading REST API through Java's {@code HttpClient} and Jackson, with the keys taken from the environment and never logged.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.paper.alpaca;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
