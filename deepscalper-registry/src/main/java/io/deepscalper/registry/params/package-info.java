/** The canonical parameter layout checks shared by the registry and the exporters. */
package io.deepscalper.registry.params;
