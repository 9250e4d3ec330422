/** JMH benchmarks and report-printing benchmark programs; built only with {@code -Pbench}. */
package io.deepscalper.benchmarks;
