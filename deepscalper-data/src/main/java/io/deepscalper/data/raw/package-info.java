/** Unvalidated bar batches, as sources deliver them, for the quality checks to inspect and repair. */
package io.deepscalper.data.raw;
