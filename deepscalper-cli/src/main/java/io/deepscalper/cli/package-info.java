/** deepscalper-cli module. */
package io.deepscalper.cli;
