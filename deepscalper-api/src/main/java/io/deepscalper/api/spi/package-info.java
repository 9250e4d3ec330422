/**
 * Plug-in interfaces (SPIs). Sibling modules and user jars implement them and register the
 * implementation in {@code META-INF/services/<interface FQN>}; {@link io.deepscalper.api.spi.Providers}
 * finds them.
 */
package io.deepscalper.api.spi;
