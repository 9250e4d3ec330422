package io.deepscalper.api.testing;

import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import java.util.List;

/** A plain-Java forward pass written from the documented architecture, to check engines against. */
public final class ReferenceForward {
    private ReferenceForward() {
    }

    /** @return {priceQ, quantityQ, value, aux} for one observation */
    public static float[][] forward(NetworkConfig c, ParameterSet p, float[] x) {
        float[] h = x;
        List<Integer> trunk = c.trunkSizes();
        for (int i = 0; i < trunk.size(); i++) {
            h = relu(linear(h, p.get("trunk." + i + ".weight"), p.get("trunk." + i + ".bias")));
        }
        float v = head(p, "value", h)[0];
        float[] a = head(p, "price", h);
        float[] b = head(p, "quantity", h);
        float aux = head(p, "aux", h)[0];
        return new float[][] {dueling(v, a), dueling(v, b), {v}, {aux}};
    }

    private static float[] head(ParameterSet p, String name, float[] h) {
        float[] z = relu(linear(h, p.get(name + ".0.weight"), p.get(name + ".0.bias")));
        return linear(z, p.get(name + ".1.weight"), p.get(name + ".1.bias"));
    }

    private static float[] dueling(float v, float[] a) {
        double mean = 0;
        for (float f : a) {
            mean += f;
        }
        mean /= a.length;
        float[] q = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            q[i] = (float) (v + a[i] - mean);
        }
        return q;
    }

    private static float[] linear(float[] x, NamedTensor w, NamedTensor b) {
        int out = (int) w.shape()[0];
        int in = (int) w.shape()[1];
        float[] y = new float[out];
        for (int o = 0; o < out; o++) {
            double s = b.data()[o];
            for (int i = 0; i < in; i++) {
                s += (double) w.data()[o * in + i] * x[i];
            }
            y[o] = (float) s;
        }
        return y;
    }

    private static float[] relu(float[] x) {
        float[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.max(0f, y[i]);
        }
        return y;
    }
}
