/**
 * The {@code filesystem} model registry: atomic version folders, a locked atomically replaced catalog,
 * checksum verification with quarantine, aliases, rollback, retention and cleanup.
 */
package io.deepscalper.registry.fs;
