/** The engine-neutral {@code model.params} format and the canonical parameter layout. */
package io.deepscalper.registry.params;
