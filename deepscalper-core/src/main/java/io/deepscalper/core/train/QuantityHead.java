package io.deepscalper.core.train;

import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.ParameterSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the quantity head's output layer ({@code quantity.1.weight}, {@code quantity.1.bias}) so that the
 * quantity advantages are constants: the cost-aware initialisation ({@link #withNoOrderPrior}) and the
 * "stay flat" candidate of model selection ({@link #flat}). Everything else is copied unchanged.
 */
public final class QuantityHead {
    static final String WEIGHT = "quantity.1.weight";
    static final String BIAS = "quantity.1.bias";

    private QuantityHead() {
    }

    /**
     * @param parameters a network's parameters
     * @param costs      expected cost per quantity bin in reward units (0 at "no order")
     * @param prior      multiplier on the costs, {@code > 0}
     * @return the parameters with zero quantity output weights and biases {@code -prior * costs}: greedy
     *         acting then chooses "no order" until learning finds an advantage larger than an order's cost
     */
    public static ParameterSet withNoOrderPrior(ParameterSet parameters, double[] costs, double prior) {
        float[] bias = new float[costs.length];
        for (int q = 0; q < costs.length; q++) {
            bias[q] = (float) (-prior * costs[q]);
        }
        return withConstantAdvantages(parameters, bias);
    }

    /**
     * @param parameters a network's parameters
     * @return parameters whose greedy action is always "no order" (the middle quantity bin), whatever the
     *         observation: the untrained no-order policy, a candidate that model selection can return
     */
    public static ParameterSet flat(ParameterSet parameters) {
        int bins = (int) parameters.get(BIAS).shape()[0];
        float[] bias = new float[bins];
        for (int q = 0; q < bins; q++) {
            // one unit of reward is far more than any order can earn in a step, so no cost rule can flip it
            bias[q] = q == bins / 2 ? 0f : -1f;
        }
        return withConstantAdvantages(parameters, bias);
    }

    private static ParameterSet withConstantAdvantages(ParameterSet parameters, float[] bias) {
        NamedTensor w = parameters.get(WEIGHT);
        NamedTensor b = parameters.get(BIAS);
        if (b.data().length != bias.length) {
            throw new IllegalArgumentException("the quantity head has " + b.data().length + " bins but "
                    + bias.length + " costs were given; use the EnvConfig the network was built for");
        }
        List<NamedTensor> out = new ArrayList<>(parameters.size());
        for (NamedTensor t : parameters.tensors()) {
            if (t.name().equals(WEIGHT)) {
                out.add(new NamedTensor(WEIGHT, w.shape(), new float[w.data().length]));
            } else if (t.name().equals(BIAS)) {
                out.add(new NamedTensor(BIAS, b.shape(), bias.clone()));
            } else {
                out.add(t);
            }
        }
        return new ParameterSet(out);
    }
}
