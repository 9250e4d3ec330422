/** deepscalper-registry module. */
package io.deepscalper.registry;
