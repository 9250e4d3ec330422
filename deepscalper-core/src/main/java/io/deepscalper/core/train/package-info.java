/** Training: config, the learner loop, listeners, checkpoints. */
package io.deepscalper.core.train;
