/**
 * The terminal display of fetching and training progress.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.deepscalper.cli.progress;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
