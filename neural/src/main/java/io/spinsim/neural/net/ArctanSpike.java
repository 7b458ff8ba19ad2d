package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;

/**
 * Heaviside spike in the forward pass with the arctan surrogate gradient of seed 003 (S ~ (1/pi) arctan(pi v),
 * as snnTorch's ATan with slope a: dS/dU = (a/2) / (1 + (pi a U / 2)^2)), U the membrane distance to threshold in
 * units of the threshold.
 */
public final class ArctanSpike {

    private ArctanSpike() {
    }

    public static NDArray fire(NDArray membrane, float threshold, float slope) {
        NDArray u = membrane.sub(threshold).div(threshold);
        NDArray surrogate = u.mul((float) (Math.PI * slope / 2)).atan().div((float) Math.PI);
        NDArray step = u.gte(0f).toType(ai.djl.ndarray.types.DataType.FLOAT32, false);
        return surrogate.add(step.sub(surrogate).stopGradient());
    }
}
