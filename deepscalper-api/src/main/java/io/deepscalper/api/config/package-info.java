/**
 * The one vocabulary for refusing a configuration value: {@link io.deepscalper.api.config.ConfigChecks}
 * runs the checks every config record and provider option uses, and throws
 * {@link io.deepscalper.api.config.InvalidConfigException}, which names the key path of the value.
 */
package io.deepscalper.api.config;
