/** Small shared utilities (checkpointable random numbers). */
@API(status = INTERNAL, since = "0.1.0")
package io.deepscalper.core.util;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
