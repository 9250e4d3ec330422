/** deepscalper-cli module. */
@API(status = INTERNAL, since = "0.1.0")
package io.deepscalper.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
