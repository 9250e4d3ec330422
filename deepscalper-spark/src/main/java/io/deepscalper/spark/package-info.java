/**
 * Hyperparameter-search trials, and per-symbol training and evaluation, as Apache Spark tasks:
 * {@link io.deepscalper.spark.SparkTrialExecutor} plugs into the tuner, {@link io.deepscalper.spark.SparkSymbolJobs}
 * trains and evaluates one model per symbol, {@link io.deepscalper.spark.SparkTuneMain} and {@link io.deepscalper.spark.SparkTrainMain} are the spark-submit entries.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.spark;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
