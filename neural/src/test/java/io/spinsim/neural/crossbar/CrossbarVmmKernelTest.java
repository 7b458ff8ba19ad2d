package io.spinsim.neural.crossbar;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class CrossbarVmmKernelTest {

    @Test
    void kernelRunsOnOpenClAndAgreesWithJavaTwin() {
        int rows = 37;
        int cols = 53;
        int batch = 6;
        SplittableRandom random = new SplittableRandom(3);
        float[] g = new float[rows * cols];
        float[] v = new float[batch * cols];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (1e-4 * (2 * random.nextDouble() - 1));
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (0.1 * random.nextDouble());
        }
        float[] java;
        try (CrossbarVmm twin = CrossbarVmm.onJava(rows, cols, g)) {
            java = twin.multiply(v, batch);
        }
        try (CrossbarVmm kernel = CrossbarVmm.best(rows, cols, g)) {
            float[] first = kernel.multiply(v, batch);
            assertThat(kernel.ranOnOpenCl()).as("kernel executed on an OpenCL device").isTrue();
            float[] v2 = v.clone();
            v2[0] += 0.05f;
            float[] second = kernel.multiply(v2, batch);
            // the kernel sums in four partial sums, the twin in input order (and OpenCL may contract a*b+c into an
            // fma): two orders of 53 terms differ by at most ~53 roundings of the partial sums, each within one ulp
            // of sum |G V| <= 53 * 1e-4 S * 0.1 V = 5.3e-4 A: tolerance 53 ulp of that
            float tol = 53 * Math.ulp(5.3e-4f);
            for (int i = 0; i < java.length; i++) {
                assertThat(first[i]).isCloseTo(java[i], org.assertj.core.data.Offset.offset(tol));
            }
            // a changed input must reach the device (explicit put): row 0 of vector 0 moves by g[0] * 0.05 V
            assertThat(second[0] - first[0]).isCloseTo(g[0] * 0.05f, org.assertj.core.data.Offset.offset(2 * tol));
        }
    }
}
