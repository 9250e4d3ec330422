/**
 * The Q-network as an engine-neutral contract: its shape, the flat parameter set with its layout, codec and initialisation, and the four output heads.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.api.nn;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
