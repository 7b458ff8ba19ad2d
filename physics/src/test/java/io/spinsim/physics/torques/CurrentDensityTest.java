package io.spinsim.physics.torques;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The current of a patterned film against what charge conservation and Laplace's equation give in closed form:
 * a uniform strip, a strip narrowing in a step (density inversely proportional to the width far from the step),
 * and a quarter annulus fed along its arc (j = I / (t r ln(r2/r1)), the 1/r crowding at the inner edge).
 */
class CurrentDensityTest {

    private static final double H = 1e-9;

    /** Cells of an nx x ny grid whose centres (in cells) satisfy the test. */
    interface CellTest {
        boolean at(double x, double y);
    }

    static boolean[] mask(int nx, int ny, CellTest t) {
        boolean[] m = new boolean[nx * ny];
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                m[ix + nx * iy] = t.at(ix + 0.5, iy + 0.5);
            }
        }
        return m;
    }

    @Test
    void uniformStripCarriesTheReferenceDensityAlongItsLength() {
        int nx = 40;
        int ny = 10;
        CurrentDensity c = CurrentDensity.solve(nx, ny, H, H, mask(nx, ny, (x, y) -> true),
                mask(nx, ny, (x, y) -> x < 1), mask(nx, ny, (x, y) -> x > nx - 1), 2e11, ny * H);
        for (int i = 0; i < nx * ny; i++) {
            assertThat(c.jx()[i]).isCloseTo(2e11, within(2e11 * 1e-8));
            assertThat(c.jy()[i]).isCloseTo(0, within(2e11 * 1e-8));
        }
    }

    @Test
    void negativeReferenceDensityReversesTheFlow() {
        int nx = 30;
        int ny = 8;
        CurrentDensity c = CurrentDensity.solve(nx, ny, H, H, mask(nx, ny, (x, y) -> true),
                mask(nx, ny, (x, y) -> x < 1), mask(nx, ny, (x, y) -> x > nx - 1), -1e11, 2 * ny * H);
        // I = j_ref w_ref = -1e11 x 16 nm through an 8 nm strip: -2e11 A/m^2 along x
        assertThat(c.jx()[nx / 2 + nx * 3]).isCloseTo(-2e11, within(1e3));
    }

    /**
     * A 30-cell wide strip steps down to 10 cells. Every column carries the same current (conservation, to the
     * solver's tolerance), and 20 cells from the step the density is uniform again at I/w in each part (the
     * disturbance of a step decays as exp(-pi d / w): 1e-3 of it remains 2 widths away, hence 0.5 %).
     */
    @Test
    void stepConstrictionConservesTheCurrentAndRaisesTheDensityAsTheWidthFalls() {
        int nx = 120;
        int ny = 30;
        boolean[] film = mask(nx, ny, (x, y) -> x < 60 || (y > 10 && y < 20));
        double jRef = 4e10;
        double wRef = 30 * H;
        CurrentDensity c = CurrentDensity.solve(nx, ny, H, H, film, mask(nx, ny, (x, y) -> x < 1),
                mask(nx, ny, (x, y) -> x > nx - 1), jRef, wRef);
        double current = jRef * wRef;
        for (int ix = 2; ix < nx - 2; ix++) {
            double column = 0;
            for (int iy = 0; iy < ny; iy++) {
                column += c.jx()[ix + nx * iy] * H;
            }
            assertThat(column).as("current through column %d", ix).isCloseTo(current, within(current * 1e-6));
        }
        for (int iy = 0; iy < ny; iy++) {
            assertThat(c.jx()[30 + nx * iy]).isCloseTo(jRef, within(jRef * 5e-3));
        }
        for (int iy = 11; iy < 19; iy++) {
            assertThat(c.jx()[90 + nx * iy]).isCloseTo(3 * jRef, within(3 * jRef * 5e-3));
        }
    }

    /**
     * A quarter annulus r1 = 40, r2 = 120 cells, fed through its edge on the x axis and drained through its edge on
     * the y axis: phi = 1 - theta / (pi/2), so |j| = (1 / r) dphi/dtheta and |j|(r) = I / (t r ln(r2/r1)) for a
     * current I. Along the diagonal, from 4 cells inside each edge, the density is within 2 % of that (the 1-cell
     * staircase of the curved edges biases it by first order in the cell: 2.3 % with radii of 20 and 60 cells,
     * 1.0 % with 40 and 120), and the flow is azimuthal.
     */
    @Test
    void quarterAnnulusCrowdsTheCurrentAtItsInnerEdgeAsOneOverR() {
        int n = 124;
        double r1 = 40;
        double r2 = 120;
        boolean[] film = mask(n, n, (x, y) -> Math.hypot(x, y) > r1 && Math.hypot(x, y) < r2);
        double current = 1e11 * 80 * H;
        CurrentDensity c = CurrentDensity.solve(n, n, H, H, film, mask(n, n, (x, y) -> y < 1),
                mask(n, n, (x, y) -> x < 1), 1e11, 80 * H);
        int checked = 0;
        for (int ix = 0; ix < n; ix++) {
            double rc = Math.hypot(ix + 0.5, ix + 0.5);
            if (rc < r1 + 4 || rc > r2 - 4) {
                continue;
            }
            int i = ix + n * ix;
            double expected = current / (rc * H * Math.log(r2 / r1));
            double magnitude = Math.hypot(c.jx()[i], c.jy()[i]);
            assertThat(magnitude).as("|j| at r = %.1f cells", rc).isCloseTo(expected, within(0.02 * expected));
            // from the x axis towards the y axis, perpendicular to the radius
            assertThat(Math.abs(c.jx()[i] + c.jy()[i]) / magnitude).isLessThan(1e-6);
            assertThat(c.jy()[i]).isGreaterThan(0);
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void sourceOutsideTheFilmOrNoPathIsRefused() {
        int nx = 20;
        int ny = 10;
        assertThatThrownBy(() -> CurrentDensity.solve(nx, ny, H, H, mask(nx, ny, (x, y) -> x < 15),
                mask(nx, ny, (x, y) -> x > 17), mask(nx, ny, (x, y) -> x < 1), 1e11, 1e-8))
                .hasMessageContaining("source covers no film cell");
        assertThatThrownBy(() -> CurrentDensity.solve(nx, ny, H, H, mask(nx, ny, (x, y) -> x < 8 || x > 12),
                mask(nx, ny, (x, y) -> x < 1), mask(nx, ny, (x, y) -> x > nx - 1), 1e11, 1e-8))
                .hasMessageContaining("no current path");
    }
}
