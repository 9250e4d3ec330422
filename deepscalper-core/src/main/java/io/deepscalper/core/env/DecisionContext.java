package io.deepscalper.core.env;

/**
 * What a policy may see when it decides at the close of the decision bar: the observation, the
 * account, and closes up to and including the decision bar. Nothing here reaches a later bar, so a
 * policy written against this view cannot look ahead. {@link TradingEnvironment} implements it.
 */
public interface DecisionContext {

    /** @return the current observation (a reused buffer; read it before the next step) */
    float[] observation();

    /** @return the environment's configuration */
    EnvConfig config();

    /** @return index of the decision bar in the series */
    int decisionBar();

    /** @return bars still to come in this session after the decision bar (0 at the last bar) */
    int sessionBarsLeft();

    /**
     * @param lag bars back from the decision bar, {@code >= 0}; clamped at the first bar of the data
     * @return the close {@code lag} bars before the decision bar
     */
    double close(int lag);

    /** @return signed position in whole shares */
    long position();

    /** @return cash in currency */
    double cash();

    /** @return cash plus position marked at the decision bar's close */
    double equity();

    /** @return position over the maximum position ({@code maxPositionPct * equity / close}) */
    float positionFraction();
}
