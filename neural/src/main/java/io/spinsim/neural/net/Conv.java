package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/** 2-D convolution, stride 1, square kernel k with zero padding p: (batch, in, h, w) to (batch, out, h', w'). */
public record Conv(String name, long in, long out, int kernel, int padding) implements Layer {

    @Override
    public Shape weightShape() {
        return new Shape(out, in, kernel, kernel);
    }

    @Override
    public long rows() {
        return out;
    }

    @Override
    public long cols() {
        return in * kernel * kernel;
    }

    @Override
    public NDArray apply(NDArray x, NDArray weight) {
        return Conv2d.conv2d(x, weight, null, new Shape(1, 1), new Shape(padding, padding),
                new Shape(1, 1), 1).singletonOrThrow();
    }
}
