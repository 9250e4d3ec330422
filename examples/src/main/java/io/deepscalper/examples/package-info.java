/** Runnable examples of the deepscalper API. */
package io.deepscalper.examples;
