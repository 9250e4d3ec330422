/**
 * The paper-trading loop ({@link io.deepscalper.paper.trade.PaperTrader}) and its Java entry point ({@link io.deepscalper.paper.trade.PaperTrading}): the active model acting through ONNX Runtime, or flat when nothing is deployed.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.paper.trade;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
