package io.spinsim.neural.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.torch.Tensors;

import java.util.SplittableRandom;

/** Mini-batches of an image set as tensors, in a seeded random order or in order. */
public final class Batches {

    private Batches() {
    }

    /** A permutation of 0..n-1 (Fisher-Yates). */
    public static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    public static int[] inOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Images order[from..to) shaped as {@code shape} (its first dimension is the batch). */
    public static NDArray images(NDManager m, ImageSet set, int[] order, int from, int to, Shape shape) {
        int size = set.imageSize();
        float[] x = new float[(to - from) * size];
        for (int i = from; i < to; i++) {
            System.arraycopy(set.pixels(), order[i] * size, x, (i - from) * size, size);
        }
        return Tensors.floats(m, x, shape);
    }

    public static int[] labels(ImageSet set, int[] order, int from, int to) {
        int[] y = new int[to - from];
        for (int i = from; i < to; i++) {
            y[i - from] = set.labels()[order[i]];
        }
        return y;
    }
}
