/** Compact proportional prioritized replay: sum tree, transitions without observations, reused batches. */
package io.deepscalper.core.replay;
