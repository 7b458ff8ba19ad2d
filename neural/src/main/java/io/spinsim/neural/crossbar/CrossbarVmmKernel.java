package io.spinsim.neural.crossbar;

import com.aparapi.Kernel;

/**
 * Kirchhoff current sum of a crossbar for a batch of input vectors: out[b, i] = sum_j G[i, j] input[b, j]
 * (I = G V). One work item per (vector, output) with a tight loop over the inputs: G row-major
 * ({@code matrix[i * cols + j]}) and the input vector both contiguous, four partial sums (j mod 4) so that the
 * loop carries no single dependency chain. On PoCL's CPU device this ran 5-10x faster than one work item per
 * output over an input-major G (strided loads), measured by VmmKernelBench. Host side and plain-Java twin in
 * {@link CrossbarVmm}.
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
        int m0 = i * cols;
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int j = 0;
        for (; j + 3 < cols; j += 4) {
            s0 += matrix[m0 + j] * input[x0 + j];
            s1 += matrix[m0 + j + 1] * input[x0 + j + 1];
            s2 += matrix[m0 + j + 2] * input[x0 + j + 2];
            s3 += matrix[m0 + j + 3] * input[x0 + j + 3];
        }
        for (; j < cols; j++) {
            s0 += matrix[m0 + j] * input[x0 + j];
        }
        output[gid] = (s0 + s1) + (s2 + s3);
    }
}
