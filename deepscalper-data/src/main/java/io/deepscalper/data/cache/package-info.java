/** The crash-safe, size-bounded on-disk bar cache and its documented file format. */
package io.deepscalper.data.cache;
