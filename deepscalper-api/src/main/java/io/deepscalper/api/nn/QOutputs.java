package io.deepscalper.api.nn;

/**
 * The heads of a batch forward pass, row-major.
 *
 * @param batch     number of observations
 * @param priceQ    {@code [batch, priceBins]} dueling Q-values of the price branch
 * @param quantityQ {@code [batch, quantityBins]} dueling Q-values of the quantity branch
 * @param value     {@code [batch]} state value V
 * @param aux       {@code [batch]} auxiliary volatility prediction
 */
public record QOutputs(int batch, float[] priceQ, float[] quantityQ, float[] value, float[] aux) {
}
