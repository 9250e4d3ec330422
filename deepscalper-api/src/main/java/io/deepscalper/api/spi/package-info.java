/**
 * Plug-in interfaces (SPIs). Sibling modules and user jars implement them and register the
 * implementation in {@code META-INF/services/<interface FQN>}; {@link io.deepscalper.api.spi.Providers}
 * finds them.
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
