/** Data-quality checks with documented remediation and a score against a threshold. */
package io.deepscalper.data.quality;
