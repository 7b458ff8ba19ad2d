package io.spinsim.physics.terms;

import io.spinsim.physics.PhysicalConstants;
import io.spinsim.physics.fft.SimdSupport;
import io.spinsim.physics.geometry.Grid;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fp32 SIMD film convolution gives the fp64 host convolution's field ({@link DemagField}, itself checked against
 * the direct sum in DemagFieldTest) for random states with vacuum cells. Grids: 2 x 2 (padded to one 16 x 16 block,
 * its own mirror block), 13 x 6 (32 x 16: a radix-2 stage along x, two column blocks), 20 x 9, 40 x 3 (one partial
 * row block, radix-2 along y), 37 x 70 (five row blocks: the last Z pair has no second block; nx not a multiple of
 * the tile), 300 x 11 (32 column blocks, Z's last column block holds only the column px/2), 48 x 40 (whole 16 x 16
 * tiles along x, a partial last row block) and 64 x 33 (two whole row blocks and one row). Tolerance 3e-6 of the
 * largest field component: float epsilon 6e-8 times the ~log2 N stages and the sums over N of the tensor terms, as
 * for the device fp32 kernel (kernel/DemagFftConvolutionTest.java).
 */
class FilmDemagFftTest {

    @BeforeEach
    void simd() {
        Assumptions.assumeTrue(SimdSupport.available(), "run with --add-modules jdk.incubator.vector");
    }

    @ParameterizedTest
    @CsvSource({"2, 2", "13, 6", "20, 9", "40, 3", "37, 70", "300, 11", "48, 40", "64, 33"})
    void givesTheHostField(int nx, int ny) {
        Grid grid = new Grid(nx, ny, 1, 2e-9, 3e-9, 0.6e-9);
        int n = grid.cells();
        RandomFilmState state = RandomFilmState.of(n, 7 + nx, 6e5);
        double[] ms = state.ms();
        double[] m = state.m();
        double[] host = new double[3 * n];
        new DemagField(grid, ms).field(m, host);
        FilmDemagFft simd = new FilmDemagFft(grid, ms);
        double[] b = new double[3 * n];
        simd.field(m, b);
        double[] again = new double[3 * n];
        simd.field(m, again);
        assertThat(again).as("a second evaluation from the same buffers gives the same field").containsExactly(b);
        double scale = Arrays.stream(host).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < 3 * n; i++) {
            assertThat(Math.abs(b[i] - host[i])).as("component %d cell %d", i / n, i % n)
                    .isLessThanOrEqualTo(3e-6 * scale);
        }
    }

    /**
     * Uniformly magnetized 128 x 128 x 1 film of 1 x 1 x 0.5 nm cells along x, y and z in turn. The trace of the
     * Newell tensor summed over a uniform body is 1 at every cell (the self term carries it; the demag potential is
     * harmonic outside the source cell), so B_x(m = x) + B_y(m = y) + B_z(m = z) = -mu0 Ms in each cell to fp32
     * round-off (1e-5). At the centre of a film 256 times wider than thick N_zz is 1 - O(t/L): B_z within 2% of
     * -mu0 Ms; B_y of the x-magnetized film vanishes there by symmetry (1e-6 mu0 Ms).
     */
    @Test
    void uniformFilmObeysTheTraceRule() {
        Grid grid = new Grid(128, 128, 1, 1e-9, 1e-9, 0.5e-9);
        int n = grid.cells();
        double msValue = 8e5;
        double mu0Ms = PhysicalConstants.MU0 * msValue;
        double[] ms = new double[n];
        Arrays.fill(ms, msValue);
        FilmDemagFft simd = new FilmDemagFft(grid, ms);
        double[][] b = new double[3][3 * n];
        for (int axis = 0; axis < 3; axis++) {
            double[] m = new double[3 * n];
            Arrays.fill(m, axis * n, (axis + 1) * n, 1.0);
            simd.field(m, b[axis]);
        }
        for (int i = 0; i < n; i++) {
            double trace = b[0][i] + b[1][n + i] + b[2][2 * n + i];
            assertThat(trace / -mu0Ms).as("cell %d", i).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
        int centre = 64 * 128 + 64;
        assertThat(b[2][2 * n + centre] / -mu0Ms).isBetween(0.98, 1.0);
        assertThat(Math.abs(b[0][n + centre])).isLessThan(1e-6 * mu0Ms);
    }
}
