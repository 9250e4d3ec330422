/**
 * Policies behind one interface: the trained agent and the baselines flat, buy-and-hold, random and momentum.
 */
package io.deepscalper.core.policy;
