/** The engine-neutral Q-network interface, its config and parameter snapshots. */
package io.deepscalper.core.nn;
