package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Fully connected layer: y = x W^T for x of shape (batch, in) and W of shape (out, in). */
public record Dense(String name, long in, long out) implements Layer {

    @Override
    public Shape weightShape() {
        return new Shape(out, in);
    }

    @Override
    public long rows() {
        return out;
    }

    @Override
    public long cols() {
        return in;
    }

    @Override
    public NDArray apply(NDArray x, NDArray weight) {
        return x.matMul(weight.transpose());
    }
}
