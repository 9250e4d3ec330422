/**
 * The picocli commands of the {@code deepscalper} launcher. Not a Java API: the commands and their options are the CLI's interface.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.deepscalper.cli.command;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
