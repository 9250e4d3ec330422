/**
 * The one vocabulary for refusing a configuration value: {@link io.deepscalper.api.config.ConfigChecks}
 * runs the checks every config record and provider option uses, and throws
 * {@link io.deepscalper.api.config.InvalidConfigException}, which names the key path of the value.
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.config;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
