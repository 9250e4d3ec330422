/**
 * Champion and challenger in shadow: the challenger's simulated book, and the promotion and rollback tests taken with the validation gate's own statistics.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.paper.shadow;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
