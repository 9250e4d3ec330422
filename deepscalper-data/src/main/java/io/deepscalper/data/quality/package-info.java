/** Data-quality checks with documented remediation and a score against a threshold. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
