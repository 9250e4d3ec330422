/** Market data: bars, columnar series, sessions and loaders. */
package io.deepscalper.core.market;
