/** The canonical parameter layout checks shared by the registry and the exporters. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.registry.params;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
