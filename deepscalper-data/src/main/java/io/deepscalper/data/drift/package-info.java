/** Feature drift detection (KS, normed Wasserstein, PSI) against a stored reference window. */
package io.deepscalper.data.drift;
