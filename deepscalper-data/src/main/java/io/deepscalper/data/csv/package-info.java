/** The {@code csv} data source: a directory of bar CSV files, optionally gzipped. */
package io.deepscalper.data.csv;
