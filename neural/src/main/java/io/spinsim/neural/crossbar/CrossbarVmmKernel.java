package io.spinsim.neural.crossbar;

import com.aparapi.Kernel;

/**
 * Kirchhoff current sum of a crossbar for a batch of input vectors: out[b, i] = sum_j G[i, j] input[b, j]
 * (I = G V). One work item per (vector, output); G is stored input-major ({@code matrix[j * rows + i]}) so that
 * neighbouring work items read neighbouring conductances. Host side and plain-Java twin in {@link CrossbarVmm}.
 */
final class CrossbarVmmKernel extends Kernel {

    float[] matrix = new float[1];
    float[] input = new float[1];
    float[] output = new float[1];
    int rows;
    int cols;

    @Override
    public void run() {
        int gid = getGlobalId();
        int b = gid / rows;
        int i = gid - b * rows;
        int x0 = b * cols;
        float sum = 0f;
        for (int j = 0; j < cols; j++) {
            sum += matrix[j * rows + i] * input[x0 + j];
        }
        output[gid] = sum;
    }
}
