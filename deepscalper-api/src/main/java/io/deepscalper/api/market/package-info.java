/**
 * Market data: bars, columnar series, sessions and loaders.
 *
 * <ul>
 *   <li>{@link io.deepscalper.api.market.Bar} and the columnar
 *       {@link io.deepscalper.api.market.BarSeries} hold one symbol's OHLCV bars.</li>
 *   <li>{@link io.deepscalper.api.market.BarCsvReader} reads the
 *       {@code timestamp,symbol,open,high,low,close,volume} layout strictly and fast, and
 *       {@link io.deepscalper.api.market.BarCsvWriter} writes it back.</li>
 *   <li>{@link io.deepscalper.api.market.TradingCalendar} with
 *       {@link io.deepscalper.api.market.NyseCalendar} gives trading days and DST-correct regular
 *       hours, half days included.</li>
 *   <li>{@link io.deepscalper.api.market.SessionSplitter} keeps the regular-hours bars of each
 *       trading day as a {@link io.deepscalper.api.market.SessionSeries} and counts what it
 *       filtered.</li>
 *   <li>{@link io.deepscalper.api.market.BundledData} ships the SPY minutes of January 2011.</li>
 * </ul>
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.market;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
