package io.spinsim.physics.kernel;

import com.aparapi.device.OpenCLDevice;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.terms.DemagField;
import io.spinsim.physics.terms.RandomFilmState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device FFT demag gives the host convolution's field (terms/DemagField.java, itself checked against the direct
 * sum in DemagFieldTest) for a random state with vacuum cells. Grids chosen so that both paths of the Stockham
 * transform run: 13 x 6 pads to 32 x 16 (log2 32 odd: a radix-2 stage, then radix-4), 20 x 9 to 64 x 32, and
 * 40 x 3 to 128 x 8 (one radix-2 stage along y; y transforms pruned to 256-wide column blocks not needed here).
 * Tolerances: fp64 1e-10 of the largest field (round-off of two FFT orders); fp32 3e-6 (float epsilon 6e-8 times
 * the ~log2(N) stages and the sums over N of the tensor terms).
 */
class DemagFftConvolutionTest {

    @ParameterizedTest
    @CsvSource({"13, 6, JAVA64", "20, 9, JAVA64", "40, 3, JAVA32", "40, 3, JAVA64", "13, 6, OPENCL64", "20, 9, OPENCL32",
            "40, 3, OPENCL32", "300, 11, OPENCL32"})
    void deviceTransformGivesTheHostField(int nx, int ny, String path) {
        boolean openCl = path.startsWith("OPENCL");
        boolean fp64 = path.endsWith("64");
        RangeLauncher launcher = RangeLauncher.java();
        if (openCl) {
            OpenCLDevice device = Backends.bestOpenClDevice().orElse(null);
            Assumptions.assumeTrue(device != null, "no OpenCL device (install pocl-opencl-icd)");
            launcher = RangeLauncher.openCl(device);
        }
        Grid grid = new Grid(nx, ny, 1, 2e-9, 3e-9, 0.6e-9);
        int n = grid.cells();
        RandomFilmState state = RandomFilmState.of(n, 11 + nx, 6e5);
        double[] ms = state.ms();
        double[] m = state.m();
        double[] host = new double[3 * n];
        new DemagField(grid, ms).field(m, host);
        double[] device = new double[3 * n];
        try (DemagFftConvolution conv = new DemagFftConvolution(grid, ms, launcher, fp64)) {
            conv.field(m, device);
            double[] again = new double[3 * n];
            conv.field(m, again);
            assertThat(again).as("a second evaluation reuses the buffers: same field").containsExactly(device);
        }
        double scale = Arrays.stream(host).map(Math::abs).max().orElseThrow();
        double tolerance = (fp64 ? 1e-10 : 3e-6) * scale;
        for (int i = 0; i < 3 * n; i++) {
            assertThat(Math.abs(device[i] - host[i])).as("component %d cell %d", i / n, i % n)
                    .isLessThanOrEqualTo(tolerance);
        }
    }
}
