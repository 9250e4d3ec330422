/** The learning report: the agent trained with the quick-start profile against baselines and an oracle, over seeds. */
package io.deepscalper.examples.learning;
