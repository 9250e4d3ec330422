package io.deepscalper.paper.decide;

import java.time.Instant;

/**
 * What a model decided at the close of one bar.
 *
 * @param barStart    the decision bar's start
 * @param action      the packed action
 * @param priceBin    the price bin
 * @param quantityBin the quantity bin
 * @param limitPrice  the order's limit price
 * @param shares      the signed share change asked for (0: no order); long only, a sell is already cut to the
 *                    shares held ({@code ActionOrders.executableShares}), so that no broker opens a short
 * @param position    the position before the order
 * @param equity      the equity at the decision bar's close
 */
public record Decision(Instant barStart, int action, int priceBin, int quantityBin, double limitPrice, long shares,
                       long position, double equity) {
}
