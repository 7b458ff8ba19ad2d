package io.spinsim.physics.terms;

import io.spinsim.physics.PhysicalConstants;
import io.spinsim.physics.geometry.Grid;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemagFieldTest {

    /** A cube's self-demagnetizing tensor is 1/3 on the diagonal by symmetry; Newell's expressions are exact. */
    @Test
    void cubeSelfDemagIsOneThird() {
        double[] n = new NewellTensor(3e-9, 3e-9, 3e-9).components(0, 0, 0);
        assertThat(n[0]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(n[1]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(n[2]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(n[3]).isCloseTo(0, within(1e-12));
    }

    /** The trace of any prism's self-demagnetizing tensor is 1 (div of the field of a uniform prism). */
    @Test
    void selfDemagOfAFlatCellHasUnitTrace() {
        double[] n = new NewellTensor(2e-9, 3e-9, 0.4e-9).components(0, 0, 0);
        assertThat(n[0] + n[1] + n[2]).isCloseTo(1, within(1e-10));
        assertThat(n[2]).isGreaterThan(0.7);
    }

    /**
     * The FFT convolution on the zero-padded grid equals the direct sum B_i = -mu0 sum_j N(r_i - r_j) Ms_j m_j for a
     * random state with vacuum cells on a 7 x 5 x 3 grid (padded lengths 16, 10, 6: mixed-radix transforms).
     * Both use the same tensor, so they agree to FFT round-off: 1e-10 of the largest field.
     */
    @Test
    void fftConvolutionEqualsTheDirectSum() {
        Grid grid = new Grid(7, 5, 3, 2e-9, 3e-9, 1e-9);
        int n = grid.cells();
        RandomFilmState state = RandomFilmState.of(n, 7, 8e5);
        double[] ms = state.ms();
        double[] m = state.m();
        double[] fft = new double[3 * n];
        new DemagField(grid, ms).field(m, fft);
        double[] direct = directSum(grid, ms, m);
        double scale = Arrays.stream(direct).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < 3 * n; i++) {
            assertThat(fft[i]).isCloseTo(direct[i], within(1e-10 * scale));
        }
    }

    private static double[] directSum(Grid g, double[] ms, double[] m) {
        int n = g.cells();
        NewellTensor tensor = new NewellTensor(g.dx(), g.dy(), g.dz());
        double[] b = new double[3 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double[] t = tensor.components(i % g.nx() - j % g.nx(), i / g.nx() % g.ny() - j / g.nx() % g.ny(),
                        i / (g.nx() * g.ny()) - j / (g.nx() * g.ny()));
                double mx = ms[j] * m[j];
                double my = ms[j] * m[n + j];
                double mz = ms[j] * m[2 * n + j];
                b[i] -= PhysicalConstants.MU0 * (t[0] * mx + t[3] * my + t[4] * mz);
                b[n + i] -= PhysicalConstants.MU0 * (t[3] * mx + t[1] * my + t[5] * mz);
                b[2 * n + i] -= PhysicalConstants.MU0 * (t[4] * mx + t[5] * my + t[2] * mz);
            }
        }
        return b;
    }

    /**
     * A uniformly magnetized square plate L x L x t along z has at its centre Nzz = (2/pi) atan(L^2 / (t sqrt(2 L^2
     * + t^2))) (field of the two charged faces of a prism). 64 x 64 cells of 2 x 2 x 1 nm: L/t = 128, Nzz = 0.99297.
     * Offsets beyond 32 cells use the dipole tensor, so this also bounds the far-field approximation; the centre
     * cell's volume average differs from the point value by ~(d/L)^2. Tolerance 5e-4 on Nzz.
     */
    @Test
    void uniformPlateHasTheAnalyticCentreField() {
        Grid grid = new Grid(64, 64, 1, 2e-9, 2e-9, 1e-9);
        int n = grid.cells();
        double ms = 5.8e5;
        double[] msOfCell = new double[n];
        Arrays.fill(msOfCell, ms);
        double[] m = new double[3 * n];
        Arrays.fill(m, 2 * n, 3 * n, 1);
        double[] b = new double[3 * n];
        new DemagField(grid, msOfCell).field(m, b);
        double length = 128e-9;
        double t = 1e-9;
        double nzz = 2 / Math.PI * Math.atan(length * length / (t * Math.sqrt(2 * length * length + t * t)));
        double centre = 0.25 * (b[2 * n + grid.index(31, 31, 0)] + b[2 * n + grid.index(32, 31, 0)]
                + b[2 * n + grid.index(31, 32, 0)] + b[2 * n + grid.index(32, 32, 0)]);
        assertThat(-centre / (PhysicalConstants.MU0 * ms)).isCloseTo(nzz, within(5e-4));
        assertThat(b[grid.index(31, 31, 0)]).isCloseTo(-b[grid.index(32, 32, 0)], within(1e-9));
    }
}
