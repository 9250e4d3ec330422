/** The {@code synthetic} data source: a seeded intraday market simulator. */
package io.deepscalper.data.synthetic;
