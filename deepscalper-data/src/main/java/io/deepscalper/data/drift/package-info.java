/** Feature drift detection (KS, normed Wasserstein, PSI) against a stored reference window. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
