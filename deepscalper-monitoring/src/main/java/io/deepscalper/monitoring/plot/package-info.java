/** PNG charts of a training run (JFreeChart), for the CLI's {@code plot} command and reports. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.monitoring.plot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
