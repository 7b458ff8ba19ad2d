package io.spinsim.neural.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Tensors from Java arrays that own their memory. DJL 0.35's PyTorch engine wraps a Java direct buffer with
 * torch::from_blob and keeps no reference to it on the CPU, so once the garbage collector frees the buffer the
 * tensor (or a tensor autograd saved from it) reads freed memory: seen here as NaN gradients under GC pressure.
 * Here the buffer stays reachable until the tensor has been cloned into memory PyTorch allocated itself.
 */
public final class Tensors {

    private Tensors() {
    }

    public static NDArray floats(NDManager manager, float[] values, Shape shape) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(4 * values.length).order(ByteOrder.nativeOrder());
        buffer.asFloatBuffer().put(values);
        return owned(manager, buffer, shape, DataType.FLOAT32);
    }

    public static NDArray floats(NDManager manager, float[] values) {
        return floats(manager, values, new Shape(values.length));
    }

    /**
     * A 0-d tensor for arithmetic with a constant. Use it instead of NDArray.mul(Number) and friends wherever
     * autograd may save the constant for the backward pass: DJL builds those constants on unowned memory.
     */
    public static NDArray scalar(NDManager manager, float value) {
        return floats(manager, new float[]{value}, new Shape());
    }

    public static NDArray ints(NDManager manager, int[] values) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(4 * values.length).order(ByteOrder.nativeOrder());
        buffer.asIntBuffer().put(values);
        return owned(manager, buffer, new Shape(values.length), DataType.INT32);
    }

    private static NDArray owned(NDManager manager, ByteBuffer buffer, Shape shape, DataType type) {
        try (NDArray view = manager.create(buffer, shape, type)) {
            return view.duplicate();
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }
}
