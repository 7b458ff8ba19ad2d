package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import io.spinsim.neural.torch.Tensors;

/**
 * Heaviside spike in the forward pass with the arctan surrogate gradient of seed 003 (S ~ (1/pi) arctan(pi v),
 * as snnTorch's ATan with slope a: dS/dU = (a/2) / (1 + (pi a U / 2)^2)), U the membrane distance to threshold in
 * units of the threshold.
 */
public final class ArctanSpike {

    private ArctanSpike() {
    }

    public static NDArray fire(NDArray membrane, float threshold, float slope) {
        var m = membrane.getManager();
        NDArray u = membrane.sub(Tensors.scalar(m, threshold)).div(Tensors.scalar(m, threshold));
        NDArray surrogate = u.mul(Tensors.scalar(m, (float) (Math.PI * slope / 2))).atan()
                .div(Tensors.scalar(m, (float) Math.PI));
        NDArray step = u.gte(Tensors.scalar(m, 0f)).toType(ai.djl.ndarray.types.DataType.FLOAT32, false);
        return surrogate.add(step.sub(surrogate).stopGradient());
    }
}
