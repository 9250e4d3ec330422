/** The DJL (PyTorch engine) implementation of the Q-network and its learner. */
package io.deepscalper.core.nn.djl;
