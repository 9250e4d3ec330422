/**
 * The {@code filesystem} model registry: atomic version folders, a locked atomically replaced catalog,
 * checksum verification with quarantine, aliases, rollback, retention and cleanup.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.registry.fs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
