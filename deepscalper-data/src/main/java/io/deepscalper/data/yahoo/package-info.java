/** The {@code yahoo} data source: Yahoo Finance v8 chart API over Java's HttpClient, parsed with Jackson. */
package io.deepscalper.data.yahoo;
