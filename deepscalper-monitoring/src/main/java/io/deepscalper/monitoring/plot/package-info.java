/** PNG charts of a training run (JFreeChart), for the CLI's {@code plot} command and reports. */
package io.deepscalper.monitoring.plot;
