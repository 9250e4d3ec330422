/** The trigger-calibration benchmark: false-alarm rates and detection delays of the retrain triggers. */
package io.deepscalper.examples.triggers;
