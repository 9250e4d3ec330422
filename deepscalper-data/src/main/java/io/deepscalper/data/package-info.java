/** deepscalper-data module. */
package io.deepscalper.data;
