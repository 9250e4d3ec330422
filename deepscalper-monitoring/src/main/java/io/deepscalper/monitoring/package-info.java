/** deepscalper-monitoring module. */
package io.deepscalper.monitoring;
