/**
 * The work directory and its {@code config.json}: sections, defaults, strict loading and {@code config --set}.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.deepscalper.cli.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
