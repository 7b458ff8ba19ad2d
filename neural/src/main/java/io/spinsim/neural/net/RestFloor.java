package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import io.spinsim.neural.torch.Tensors;

/**
 * A device membrane cannot leak below its rest state (the skyrmion stops at the track edge, the domain wall at its
 * pinning site): forward max(v, 0). The gradient passes straight through the floor, else a neuron held at rest by
 * the leak would pass no gradient to its inputs and could never learn to fire.
 */
final class RestFloor {

    private RestFloor() {
    }

    static NDArray apply(NDArray v) {
        return v.add(v.maximum(Tensors.scalar(v.getManager(), 0f)).sub(v).stopGradient());
    }
}
